import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const STRACE = '/usr/bin/strace';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'durable-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The system calls of one recording, in order, with the paths of their file descriptors (strace -y). */
function traceRecording(...args: string[]): string[] {
  const trace = join(dir, 'trace');
  const run = spawnSync(STRACE, ['-f', '-y', '-o', trace, '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2,pwrite64,write',
    process.execPath, '--import', 'tsx', resolve('tests/store/record-one.ts'), dir, ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(trace, 'utf8').split('\n');
}

describe.skipIf(!existsSync(STRACE))('an original on disk before the row that names it', () => {
  it('is flushed, renamed into place and its folder flushed, all before the database commits', () => {
    const calls = traceRecording();
    const at = (what: RegExp) => calls.findIndex((l) => what.test(l));
    const lastAt = (what: RegExp) => calls.findLastIndex((l) => what.test(l));
    const fileFlushed = at(/fsync\(\d+<[^>]*\/originals\/[0-9a-f]{2}\/[0-9a-f]{64}\.\d+\.tmp>\)/);
    const renamed = at(/rename.*originals\/[0-9a-f]{2}\/[0-9a-f]{64}\.\d+\.tmp.*originals\/[0-9a-f]{2}\/[0-9a-f]{64}"/);
    const folderFlushed = at(/fsync\(\d+<[^>]*\/originals\/[0-9a-f]{2}>\)/);
    const committed = lastAt(/pwrite64\(\d+<[^>]*kho\.sqlite-wal>/);
    expect(fileFlushed, calls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(renamed).toBeGreaterThan(fileFlushed);
    expect(folderFlushed).toBeGreaterThan(renamed);
    expect(committed).toBeGreaterThan(folderFlushed);
  });

  // The command line without --db works in a store it removes at the end: flushing it, or copying the originals into it, would only cost time.
  it('is not flushed in a scratch store made for one run, and keeps no copies of the originals', () => {
    const calls = traceRecording('scratch');
    expect(calls.filter((l) => /fsync|fdatasync/.test(l)), calls.join('\n')).toEqual([]);
    expect(calls.filter((l) => /originals\//.test(l)), calls.join('\n')).toEqual([]);
    expect(calls.some((l) => /pwrite64\(\d+<[^>]*kho\.sqlite-wal>/.test(l))).toBe(true);
  });
});
