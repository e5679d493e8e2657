import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererIsStale } from '../../src-main/web/renderer-build';

const root = mkdtempSync(join(tmpdir(), 'dung-giao-dien-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, at: Date): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), 'x');
  utimesSync(join(root, path), at, at);
}

describe('npm run web builds the page only when it has to', () => {
  it('builds when there is no build, then not while the build is newer than every source', () => {
    write('src-renderer/src/views/BoardView.vue', new Date('2026-12-01T08:00:00Z'));
    write('src-main/api/contract.ts', new Date('2026-12-01T08:00:00Z'));
    expect(rendererIsStale(root)).toBe(true);
    write('out/renderer/index.html', new Date('2026-12-01T09:00:00Z'));
    for (const dir of ['src-renderer/src/views', 'src-renderer/src', 'src-renderer', 'src-main/api']) utimesSync(join(root, dir), new Date('2026-12-01T08:00:00Z'), new Date('2026-12-01T08:00:00Z'));
    expect(rendererIsStale(root)).toBe(false);
  });

  it('builds again after a screen or the contract changed', () => {
    write('src-renderer/src/views/BoardView.vue', new Date('2026-12-01T10:00:00Z'));
    expect(rendererIsStale(root)).toBe(true);
  });
});

describe('npm run web on a wrong command line', () => {
  const web = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src-main/web/start.ts', ...args], { encoding: 'utf8' });

  it('stops with exit code 2 and a Vietnamese line naming the option', () => {
    const port = web('--port', 'tám nghìn');
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port "tám nghìn" không phải số cổng');
    const unknown = web('--cong', '80');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Không có tuỳ chọn --cong.');
    expect(unknown.stderr).toContain('Cách dùng: npm run web');
    const noValue = web('--db');
    expect(noValue.status).toBe(2);
    expect(noValue.stderr).toContain('Tuỳ chọn --db cần một giá trị.');
  });
});
