// JSON Lines input: one article per line, validated with zod. A bad line is that line's problem
// (`file:line: problem`, every one named); the good lines are kept. Blank lines are ignored.
import { z } from 'zod';
import { InputError } from '../errors.js';
import { normaliseDate } from './dates.js';

export const JsonlRecordSchema = z.object({
  text: z.string().refine((s) => s.trim().length > 0, 'must not be empty'),
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type JsonlRecord = z.infer<typeof JsonlRecordSchema> & { line: number };

export interface JsonlContent {
  records: JsonlRecord[];
  /** one per bad line, in line order */
  problems: InputError[];
}

export function parseJsonl(file: string, content: string): JsonlContent {
  const records: JsonlRecord[] = [];
  const problems: InputError[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    try {
      const record = parseLine(file, raw, i);
      if (record) records.push(record);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(err);
    }
  });
  return { records, problems };
}

function parseLine(file: string, raw: string, i: number): JsonlRecord | undefined {
  {
    const where = `${file}:${i + 1}`;
    if (raw.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new InputError(where, `invalid JSON (${(err as Error).message})`);
    }
    const parsed = JsonlRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.join('.') : 'line';
      const missing = issue.code === 'invalid_type' && value !== null && typeof value === 'object' && !(String(issue.path[0]) in value);
      throw new InputError(where, `${field}: ${missing ? 'required' : issue.message}`);
    }
    const record: JsonlRecord = { ...parsed.data, line: i + 1 };
    if (record.date !== undefined) {
      const date = normaliseDate(record.date);
      if (!date) throw new InputError(where, `date: not a date (${JSON.stringify(record.date)})`);
      record.date = date;
    }
    return record;
  }
}
