// One CSV field writer for every CSV the product writes (export --format csv, query --format csv).
// A leaf module: the stages that write CSV import it from here.

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; text that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR first: "=HYPERLINK(…)" from an article title) gets a leading apostrophe.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
