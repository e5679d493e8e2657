import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Received files exactly as they came, content-addressed beside the database:
 * `originals/ab/abcdef…`. Written once through a temporary name, never modified.
 */
export class OriginalsStore {
  constructor(readonly dir: string) {}

  pathOf(hash: string): string {
    return join(this.dir, hash.slice(0, 2), hash);
  }

  /** Stores the bytes if they are not there yet; returns their hash. */
  put(bytes: Buffer, hash = sha256(bytes)): string {
    const target = this.pathOf(hash);
    if (existsSync(target)) return hash;
    mkdirSync(join(this.dir, hash.slice(0, 2)), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o444 });
    renameSync(tmp, target);
    return hash;
  }

  read(hash: string): Buffer {
    return readFileSync(this.pathOf(hash));
  }
}
