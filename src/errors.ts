// Typed errors whose message starts with where they come from; the CLI prints `message` on one line.

export class NewsgraphError extends Error {
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad command-line usage or configuration value (exit code 2). */
export class UsageError extends NewsgraphError {
  override readonly exitCode = 2;
}

/** A configuration value (env or flag) that does not parse. */
export class ConfigError extends UsageError {}

/** An input file that cannot be read as articles: names the file and the problem. */
export class InputError extends NewsgraphError {
  constructor(readonly file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
  }
}

/** Neo4j unreachable, not installable, or a failed write. */
export class DatabaseError extends NewsgraphError {}
