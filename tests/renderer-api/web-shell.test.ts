// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../src-main/api/contract';
import { openBridge, type TestBridge } from '../web/bridge-client';

let t: TestBridge;
let api: Api;

beforeAll(async () => {
  t = await openBridge({ uploadLimits: { fileBytes: 4096, batchBytes: 64 * 1024, batchFiles: 100 } });
  // The page is opened at the address `npm run web` printed, with a route after it.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${t.bridge.url}#/dot/1`);
  ({ api } = await import('../../src-renderer/src/api'));
});
afterAll(() => t?.close());

describe("the page's implementation of the contract in the browser preview", () => {
  it('takes the token from the address, keeps it for the tab and removes it from the address bar', async () => {
    expect(window.location.href).toBe(`${t.bridge.origin}/#/dot/1`);
    expect(window.sessionStorage.getItem('tonghop-token')).toBe(t.bridge.token);
    const info = await api['app/info']({});
    expect(info).toMatchObject({ ok: true, value: { shell: 'web' } });
  });

  it('answers a refusal of the core as a Result with its Vietnamese message and bad fields', async () => {
    const res = await api['rounds/create']({ name: '', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '18/10/2023' });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid-input');
      expect(res.error.fields?.map((f) => f.path)).toEqual(expect.arrayContaining(['name', 'deadline']));
    }
  });

  it('uploads dropped files with progress, answers the server paths, and reports a refused file without stopping the rest', async () => {
    const progress: string[] = [];
    const refused: string[] = [];
    const bytes = readFileSync('package.json').subarray(0, 1000);
    const files = [
      new File([bytes], 'Báo cáo TH Thanh Cao.xlsx'),
      new File([new Uint8Array(5000)], 'Ảnh chụp quá lớn.jpg'),
      new File([bytes], 'BC THCS Cao Dương.docx'),
    ];
    const paths = await api.shell.stageDropped(
      files,
      (done, total, name) => progress.push(`${done}/${total} ${name}`),
      (name, reason) => refused.push(`${name}: ${reason}`),
    );
    expect(paths.map((p) => p.split(/[\\/]/).pop())).toEqual(['Báo cáo TH Thanh Cao.xlsx', 'BC THCS Cao Dương.docx']);
    expect(readFileSync(paths[0]).equals(bytes)).toBe(true);
    expect(progress).toEqual(['0/3 Báo cáo TH Thanh Cao.xlsx', '1/3 Ảnh chụp quá lớn.jpg', '2/3 BC THCS Cao Dương.docx', '3/3 ']);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^Ảnh chụp quá lớn\.jpg: .*lớn hơn/);
  });

  it('without a handler for refusals, throws them together after uploading the rest', async () => {
    await expect(api.shell.stageDropped([new File([new Uint8Array(5000)], 'Hộp thư.zip')])).rejects.toThrow(/Hộp thư\.zip/);
  });

  it('turns a save path for a backup into a download once the backup is written', async () => {
    const path = await api.shell.pickSavePath({ purpose: 'backup', suggestedName: 'Sao lưu.sqlite' });
    expect(path).toContain('Sao lưu.sqlite');
    const clicked: string[] = [];
    document.addEventListener('click', (e) => {
      const link = e.target as HTMLAnchorElement;
      if (link.tagName === 'A') {
        clicked.push(link.href);
        e.preventDefault();
      }
    });
    const res = await api['data/backup']({ file: path! });
    expect(res.ok).toBe(true);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]).toMatch(new RegExp(`^${t.bridge.origin}/download/export/\\d+\\?token=`));
    const download = await fetch(clicked[0]);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
