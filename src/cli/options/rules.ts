// Options shared by the commands that extract: which rules run, and the confidence threshold of what is shown.
import { InvalidArgumentError, type Command } from 'commander';
import { UsageError } from '../../errors.js';

export function parseConfidence(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** `--disable-rules a,b`: rules (or patterns) switched off; passed to worker threads through NEWSGRAPH_DISABLE_RULES. */
export function addRuleOptions(cmd: Command): Command {
  return cmd.option('--disable-rules <ids>', 'switch off rules or patterns by id, comma-separated (env NEWSGRAPH_DISABLE_RULES; ids: evaluate --list-rules)');
}

/** Checks the ids (the registry is loaded on use: only the commands that extract need it). */
export async function applyRuleOptions(opts: { disableRules?: string }, env: NodeJS.ProcessEnv): Promise<void> {
  const value = opts.disableRules ?? env.NEWSGRAPH_DISABLE_RULES;
  if (!value) return;
  const { selectRules, parseRuleList } = await import('../../extract/rules/registry.js');
  try {
    selectRules(parseRuleList(value)); // the registry's own check of the ids
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  // worker threads inherit the process environment; the extractor of this thread reads it on first use
  process.env.NEWSGRAPH_DISABLE_RULES = value;
  env.NEWSGRAPH_DISABLE_RULES = value;
}
