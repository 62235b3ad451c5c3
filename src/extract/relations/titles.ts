// LEADS / MEMBER_OF from a title next to a person's name ("NATO Secretary General Mark Rutte",
// "Serhiy Lysak, the regional governor of Dnipropetrovsk"); the gazetteer's known roles fill in the
// organization when the text gives only the title ("President Volodymyr Zelensky").
import { entityId } from '../../resolve/ids.js';
import { nameKey } from '../text/normalize.js';
import type { SentenceContext } from '../context.js';
import type { Mention, Title } from '../entities/mention.js';

/** The head word of a title, spokesman/spokeswoman/spokesperson as one: "Foreign Ministry spokesman" → "spokesperson". */
const headWord = (title: string) => (nameKey(title).split(' ').pop() ?? '').replace(/^spokes(man|woman|person)$/, 'spokesperson');

const roleCase = (s: string) => s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

export function titleRelations(ctx: SentenceContext): void {
  for (const p of ctx.mentions) {
    if (p.label !== 'Person' || !p.key) continue;
    for (const t of p.titles ?? (p.title ? [p.title] : [])) titleRelation(ctx, p, t);
  }
}

function titleRelation(ctx: SentenceContext, p: Mention, t: Title): void {
  {
    let target = t.of?.key;
    let rule = 'title-apposition';
    if (!target && t.text) {
      // gazetteer knowledge: the person's listed role with this title
      const person = ctx.gaz.people.get(p.name);
      const said = nameKey(t.text);
      const exact = person?.roles.find((r) => r.of && nameKey(r.title) === said && !r.to);
      // a bare head word of the listed title ("leader Kim Jong Un" for Supreme Leader) needs the organization in the same sentence
      const headOnly = exact ? undefined : person?.roles.find((r) => r.of && !r.to && !said.includes(' ') && nameKey(r.title).endsWith(` ${said}`));
      const role = exact ?? headOnly;
      if (role?.of) {
        const country = ctx.gaz.countryByKey.get(nameKey(role.of));
        const id = country ? entityId('Country', country) : entityId('Organization', role.of);
        // only when the article names the organization too: edges stay grounded in the text
        const named = exact ? ctx.entities.has(id) : ctx.mentions.some((m) => m.key === id);
        if (named) {
          target = id;
          rule = 'title-gazetteer-role';
        }
      }
    }
    if (!target && t.text) {
      // "Foreign Ministry spokesman Nasser Kanaani" with no state named in the title: the listed role with
      // the same head word gives the ministry, or its state when only the state is named in the article
      const role = ctx.gaz.people.get(p.name)?.roles.find((r) => r.of && headWord(r.title) === headWord(t.text));
      if (role?.of) {
        const org = entityId('Organization', role.of);
        const stateName = ctx.gaz.countryByKey.get(nameKey(role.of)) ?? ctx.gaz.orgCountry.get(role.of);
        const state = stateName ? entityId('Country', stateName) : undefined;
        const found = ctx.entities.has(org) ? org : state && ctx.entities.has(state) ? state : undefined;
        // a bare head word ("leader Kim") needs its state in the same sentence; one after an institution
        // ("Foreign Ministry spokesman") or a longer title does not
        const institution = ctx.lex.entities.orgHeads.has(ctx.sentence.tokens[t.first - 1]?.key ?? '');
        target = found && (nameKey(t.text).includes(' ') || institution || ctx.mentions.some((m) => m.key === found)) ? found : undefined;
        rule = 'title-gazetteer-role-state';
      }
    }
    if (!target) return;
    const type = t.leads ? 'LEADS' : 'MEMBER_OF';
    // "Middle East envoy", "fellow for Europe": a region is a portfolio; one is a member only of a state or body
    if (type === 'MEMBER_OF' && target.startsWith('place:')) return;
    ctx.out.add({
      type, source: p.key!, target, rule, sentence: ctx.sentence, claim: ctx.claim,
      ...(t.text ? { role: roleCase(t.text) } : {}),
    });
  }
}
