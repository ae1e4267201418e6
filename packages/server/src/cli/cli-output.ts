/**
 * The CLI's output contract (docs/formats.md, Command line): with `--json` the result is one JSON object on
 * stdout and everything else goes to stderr; exit 0 success, 1 rejected input, 2 misuse.
 */
export const ExitCode = { OK: 0, REJECTED: 1, MISUSE: 2 } as const;

export interface TOutput {
  json: boolean;
  /** Human progress and messages: stderr under --json, stdout otherwise. */
  say(message: string): void;
  /** The command's result. */
  result(value: Record<string, unknown>, human: string): void;
}

export function makeOutput(json: boolean): TOutput {
  return {
    json,
    say(message) {
      (json ? process.stderr : process.stdout).write(`${message}\n`);
    },
    result(value, human) {
      if (json) process.stdout.write(`${JSON.stringify(value)}\n`);
      else process.stdout.write(`${human}\n`);
    },
  };
}
