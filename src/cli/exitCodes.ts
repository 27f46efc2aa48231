/** The command's exit codes: documented in docs/cli.md. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the command explains to the user (no stack trace) and exits with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
