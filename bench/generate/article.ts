// One generated article, a pure function of (seed, index): the corpus of 100 is the first 100
// articles of the corpus of 10,000, so sizes differ only in how much there is.
import { newCtx, type Ctx } from './context.js';
import type { Lexicon, Person } from './lexicon.js';
import { createRng } from './prng.js';
import { CLAIM_TEMPLATES, FILLER, HEADLINES, QUOTE_TEMPLATES, RELATION_TEMPLATES, type Template } from './sentences.js';

export interface GeneratedArticle {
  id: string;
  index: number;
  section: string;
  title: string;
  deck?: string;
  date: string; // ISO
  source: string;
  url: string;
  /** paragraphs; a subhead is a paragraph of its own, flagged */
  blocks: { text: string; subhead?: boolean }[];
}

const SECTIONS = ['Russia-Ukraine War', 'World', 'Asia-Pacific', 'Middle East', 'Diplomacy', 'Modern Warfare'];
const SUBHEADS = ['Diplomatic Fallout', 'On the Ground', 'Continued Military Aid', 'A Growing Alliance', 'Reaction Abroad', 'What Comes Next'];
const DECKS = ['Officials warn of a dangerous escalation', 'Claims could not be independently verified', 'Interceptions reported across several regions', 'Talks expected to resume next month'];
const TYPES = Object.keys(RELATION_TEMPLATES);
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 0, 1);

function sentence(ctx: Ctx, focus: string): string {
  const r = ctx.rng.next();
  let family: Template[];
  if (r < 0.2) family = RELATION_TEMPLATES[focus]!;
  else if (r < 0.62) family = RELATION_TEMPLATES[ctx.rng.pick(TYPES)]!;
  else if (r < 0.74) family = CLAIM_TEMPLATES;
  else if (r < 0.84) family = QUOTE_TEMPLATES;
  else family = FILLER;
  return ctx.rng.pick(family)(ctx);
}

/** appositions end in a comma ("X, the governor of Y,"): drop the doubled punctuation they leave behind */
function tidy(s: string): string {
  return s.replace(/,([,.])/g, '$1').replace(/,"/g, ',"');
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

export function generateArticle(seed: number, index: number, lex: Lexicon, pool: Person[]): GeneratedArticle {
  const rng = createRng(`${seed}:article:${index}`);
  const ctx = newCtx(rng, lex, pool);
  const focus = rng.pick(TYPES.filter((t) => t !== 'MENTIONED_WITH'));
  const title = rng.pick(HEADLINES)(ctx).replace(/\b([a-z])([a-z]{3,})/g, (_m, a: string, b: string) => a.toUpperCase() + b);
  const blocks: GeneratedArticle['blocks'] = [];
  const paragraphs = rng.int(6, 11);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 1 && rng.chance(0.15)) blocks.push({ text: rng.pick(SUBHEADS), subhead: true });
    const sentences: string[] = [];
    const n = rng.int(2, 5);
    for (let s = 0; s < n; s++) sentences.push(p === 0 && s === 0 ? rng.pick(RELATION_TEMPLATES[focus]!)(ctx) : sentence(ctx, focus));
    blocks.push({ text: tidy(sentences.join(' ')) });
  }
  const source = rng.pick(lex.sources);
  const date = new Date(EPOCH + rng.int(0, 600) * DAY_MS).toISOString().slice(0, 10);
  const id = `gen-${seed}-${String(index).padStart(6, '0')}`;
  return {
    id,
    index,
    section: rng.pick(SECTIONS),
    title,
    deck: rng.chance(0.3) ? rng.pick(DECKS) : undefined,
    date,
    source: source.name,
    url: `https://${source.domain}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug(title)}-${index}`,
    blocks,
  };
}

/** the article's body as a JSONL `text`: paragraphs separated by blank lines */
export function articleText(a: GeneratedArticle): string {
  return a.blocks.map((b) => b.text).join('\n\n');
}

export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
