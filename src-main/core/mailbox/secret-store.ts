/**
 * Where a mailbox password comes from. Never the database in clear: the desktop app keeps
 * it encrypted by the operating system (Electron's safeStorage), the command line takes it
 * from the environment or asks for it without echo and keeps nothing.
 */
export interface SecretStore {
  /** The password of an account ("user@host"), or undefined when none is known. */
  password(account: string): Promise<string | undefined>;
  /** Keeps it for next time, where the implementation can keep it safely. */
  remember(account: string, password: string): Promise<void>;
}

/** Where an implementation that encrypts keeps the encrypted bytes (the store's mailbox part). */
export interface SecretBlobs {
  loadSecret(account: string): Buffer | undefined;
  saveSecret(account: string, blob: Buffer): void;
}
