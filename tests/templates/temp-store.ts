import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { Store } from '../../src-main/core/store/store';

/** A fresh store on disk for each test of the block, removed after it: `{ dir, store }` are read in the tests. */
export function useTempStore(prefix: string): { dir: string; store: Store } {
  const ctx = {} as { dir: string; store: Store };
  beforeEach(() => {
    ctx.dir = mkdtempSync(join(tmpdir(), prefix));
    ctx.store = new Store(join(ctx.dir, 'kho.sqlite'));
  });
  afterEach(() => {
    ctx.store.close();
    rmSync(ctx.dir, { recursive: true, force: true });
  });
  return ctx;
}
