// What a command may touch of the outside world, passed in so commands can be run from tests.
export interface CliIO {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export const processIO = (): CliIO => ({ env: process.env, stdout: process.stdout, stderr: process.stderr });

export function println(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}
