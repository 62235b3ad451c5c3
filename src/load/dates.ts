// Dates found in datelines and metadata, normalised to ISO 8601 (yyyy-mm-dd).
import { DATE_PATTERNS } from './lines.js';

const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

const monthOf = (name: string): number => MONTH_INDEX.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first date written in `text` ("October 23, 2024", "23 Oct 2024", "2024-10-23"), as yyyy-mm-dd. */
export function findDate(text: string): string | undefined {
  const [mdy, dmy, ymd] = DATE_PATTERNS;
  let m = ymd!.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = mdy!.exec(text);
  if (m) return iso(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  m = dmy!.exec(text);
  if (m) return iso(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  return undefined;
}

/** A date given as metadata (JSONL field, HTML meta): ISO or anything Date.parse reads; undefined if unreadable. */
export function normaliseDate(value: string): string | undefined {
  const found = findDate(value);
  if (found) return found;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
