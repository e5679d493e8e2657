import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Received files exactly as they came, content-addressed beside the database:
 * `originals/ab/abcdef…`. Written once through a temporary name, never modified.
 */
export class OriginalsStore {
  constructor(
    readonly dir: string,
    /**
     * A scratch store (one command-line run, removed after it) keeps no originals: nothing in the
     * run reads them back, and writing 2,000 files cost a second of the run.
     */
    private readonly opts: { scratch: boolean } = { scratch: false },
  ) {}

  pathOf(hash: string): string {
    return join(this.dir, hash.slice(0, 2), hash);
  }

  /**
   * Stores the bytes if they are not there yet; returns their hash. Durable when it returns:
   * the file is flushed, then renamed into place, then its folder is flushed, so the database
   * row committed after it can never name an empty or missing file after a power cut.
   */
  put(bytes: Buffer, hash = sha256(bytes)): string {
    const target = this.pathOf(hash);
    if (this.opts.scratch || existsSync(target)) return hash;
    const shard = join(this.dir, hash.slice(0, 2));
    if (!existsSync(shard)) {
      mkdirSync(shard, { recursive: true });
      syncFolder(this.dir);
    }
    const tmp = `${target}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o444);
    try {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
    syncFolder(shard);
    return hash;
  }

  read(hash: string): Buffer {
    if (this.opts.scratch) throw new Error('Kho tạm của lần chạy này không giữ bản gốc các tệp đã nhận.');
    return readFileSync(this.pathOf(hash));
  }
}

/** Makes a folder's entries (a new or renamed file) durable. Windows cannot open a folder: NTFS journals its entries. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
