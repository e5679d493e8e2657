/**
 * A file that cannot be read, with a reason the specialist understands. Readers throw it;
 * the job turns it into a finding on that file and goes on with the rest.
 */
export class ReadError extends Error {
  constructor(
    /** Stable rule id for the finding: 'corrupt-file', 'encrypted-file', 'too-large', … */
    readonly rule: string,
    message: string,
    readonly where: string | null = null,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
