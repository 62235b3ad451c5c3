// Query rows → text: an aligned table for people, JSON for programs, CSV for spreadsheets.
import type { Row } from '../store/convert.js';
import { csvField } from '../graph/csv.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const MAX_CELL = 80;

/** `columns` keeps the query's column order (and the header of an empty result). */
export function formatRows(rows: readonly Row[], format: OutputFormat, columns: readonly string[] = columnsOf(rows)): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'csv':
      return [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\r\n') + '\r\n';
    case 'table':
      return table(rows, columns);
  }
}

function columnsOf(rows: readonly Row[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

/** Text of one value: strings as they are, null empty, everything else JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** For people: fractional numbers to 3 decimals; json and csv keep the full value. */
function tableCellText(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return roundForTable(value);
  return cellText(value);
}

/** 3 decimals, truncated rather than rounded when rounding would reach a whole number (a confidence of 0.9999 is "0.999", not "1.000") */
export function roundForTable(value: number): string {
  const fixed = value.toFixed(3);
  return Number.isInteger(Number(fixed)) ? (Math.trunc(value * 1000) / 1000).toFixed(3) : fixed;
}

/** The one CSV writer (formula cells neutralised); objects and arrays as JSON, numbers as numbers. */
function csvCell(value: unknown): string {
  return csvField(typeof value === 'object' && value !== null ? JSON.stringify(value) : value);
}

function table(rows: readonly Row[], columns: readonly string[]): string {
  if (columns.length === 0) return '(no rows)\n';
  const clip = (s: string) => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
  };
  const cells = rows.map((row) => columns.map((c) => clip(tableCellText(row[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: readonly string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return `${out.join('\n')}\n`;
}
