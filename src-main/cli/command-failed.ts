/** Exit code 1 with the reason already said: the job could not be done. */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}
