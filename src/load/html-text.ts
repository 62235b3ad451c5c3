// Text content of an HTML page, one line per block element, entities decoded; scripts, styles and
// the page's navigation chrome (nav, aside, footer, forms) left out. Article offsets for an HTML
// file point into THIS text (the file "as read"), not into the markup.
import { parse } from 'node-html-parser';

const DROPPED = 'script, style, noscript, template, svg, nav, aside, footer, form, iframe';

export interface HtmlPage {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

export function htmlToPage(html: string): HtmlPage {
  const root = parse(html, { comment: false });
  const meta = (selector: string): string | undefined =>
    root.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = meta('meta[property="og:title"]') ?? (root.querySelector('title')?.text.trim() || undefined);
  const date = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')
    ?? (root.querySelector('time[datetime]')?.getAttribute('datetime') || undefined);
  const source = meta('meta[property="og:site_name"]');
  const url = meta('meta[property="og:url"]') ?? (root.querySelector('link[rel="canonical"]')?.getAttribute('href') || undefined);
  const body = root.querySelector('body') ?? root;
  for (const node of body.querySelectorAll(DROPPED)) node.remove();
  const text = body.structuredText.replace(/[ \t\u00a0]+\n/g, '\n');
  return { text, title, date, source, url };
}
