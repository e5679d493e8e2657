import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stagedParts } from '../../src-main/web/upload-staging';
import { openBridge, pageHeaders, upload, type TestBridge } from './bridge-client';

let t: TestBridge;
beforeAll(async () => {
  t = await openBridge({ uploadLimits: { fileBytes: 64 * 1024, batchBytes: 100 * 1024, batchFiles: 3 } });
});
afterAll(() => t?.close());

/** Bytes that look like a school's workbook (a zip's signature and some content). */
function workbookBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.write('PK\u0003\u0004', 0, 'latin1');
  for (let i = 4; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return bytes;
}

const staging = () => join(t.dir, 'du-lieu', 'staging');

describe('uploads from the page land in the staging folder of the data folder', () => {
  it('stores the exact bytes under the Vietnamese name, and answers the server-side path', async () => {
    const bytes = workbookBytes(20_000, 1);
    const name = 'Báo cáo TLLĐ Trường TH Thanh Cao.xlsx';
    const res = await upload(t.bridge, 'dot-tai-len-001', name.normalize('NFD'), bytes);
    expect(res.status).toBe(200);
    const path = res.body.value!.path;
    expect(relative(staging(), path).split(sep)).toEqual(['dot-tai-len-001', name]);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('keeps the folders of a picked folder, and never overwrites a file of the same name', async () => {
    const first = await upload(t.bridge, 'dot-tai-len-002', 'Hộp thư/THCS Cao Dương/BC.xlsx', workbookBytes(1000, 2));
    const second = await upload(t.bridge, 'dot-tai-len-002', 'Hộp thư/THCS Cao Dương/BC.xlsx', workbookBytes(1000, 3));
    expect(relative(staging(), first.body.value!.path).split(sep)).toEqual(['dot-tai-len-002', 'Hộp thư', 'THCS Cao Dương', 'BC.xlsx']);
    expect(relative(staging(), second.body.value!.path).split(sep).pop()).toBe('BC (2).xlsx');
    expect(readFileSync(first.body.value!.path)[4]).not.toBe(readFileSync(second.body.value!.path)[4]);
  });

  it('refuses names that climb out of the staging folder or are absolute, writing nothing', async () => {
    for (const name of ['../../kho.sqlite', 'thu-muc/../../ra-ngoai.xlsx', '/etc/passwd', 'C:\\Windows\\win.ini', '..\\..\\BC.xlsx']) {
      const res = await upload(t.bridge, 'dot-tai-len-003', name, workbookBytes(100, 4));
      expect(res.status, name).toBe(400);
      expect(res.body.error!.message, name).toMatch(/Tên tệp/);
    }
    expect(existsSync(join(staging(), 'dot-tai-len-003'))).toBe(false);
    expect(existsSync(join(t.dir, 'du-lieu', 'ra-ngoai.xlsx'))).toBe(false);
  });

  it('makes names every disk accepts: reserved device names, forbidden characters, control characters', () => {
    expect(stagedParts('CON.xlsx')).toEqual(['_CON.xlsx']);
    expect(stagedParts('BC: tuần "học tập"?.docx')).toEqual(['BC_ tuần _học tập__.docx']);
    expect(stagedParts('BC\u0007 TH.xlsx')).toEqual(['BC TH.xlsx']);
    expect(Buffer.byteLength(stagedParts(`${'Trường '.repeat(80)}.xlsx`)[0])).toBeLessThanOrEqual(240);
    expect(stagedParts(`${'Trường '.repeat(80)}.xlsx`)[0]).toMatch(/\.xlsx$/);
  });

  it('refuses a file over the size limit, naming it, and keeps no partial file', async () => {
    const res = await upload(t.bridge, 'dot-tai-len-004', 'Ảnh chụp báo cáo.pdf', workbookBytes(65 * 1024, 5));
    expect(res.status).toBe(413);
    expect(res.body.error!.message).toContain('Ảnh chụp báo cáo.pdf');
    expect(res.body.error!.message).toContain('lớn hơn');
    const batch = join(staging(), 'dot-tai-len-004');
    expect(existsSync(batch) ? readdirSync(batch) : []).toEqual([]);
  });

  it('refuses a file streamed without a declared length once it passes the limit', async () => {
    const chunk = workbookBytes(16 * 1024, 6);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
    const res = await fetch(`${t.bridge.origin}/upload?batch=dot-tai-len-005&name=${encodeURIComponent('Hộp thư.zip')}`, {
      method: 'POST',
      headers: pageHeaders(t.bridge, { 'content-type': 'application/octet-stream' }),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    const batch = join(staging(), 'dot-tai-len-005');
    expect(existsSync(batch) ? readdirSync(batch) : []).toEqual([]);
  });

  it('limits a batch by its total size and by its number of files', async () => {
    const ok1 = await upload(t.bridge, 'dot-tai-len-006', 'BC1.xlsx', workbookBytes(60 * 1024, 7));
    expect(ok1.status).toBe(200);
    const over = await upload(t.bridge, 'dot-tai-len-006', 'BC2.xlsx', workbookBytes(60 * 1024, 8));
    expect(over.status).toBe(413);
    expect(over.body.error!.message).toContain('Lần tải lên này đã quá');
    for (const n of [1, 2, 3]) expect((await upload(t.bridge, 'dot-tai-len-007', `BC${n}.xlsx`, workbookBytes(10, n))).status).toBe(200);
    const fourth = await upload(t.bridge, 'dot-tai-len-007', 'BC4.xlsx', workbookBytes(10, 4));
    expect(fourth.status).toBe(413);
    expect(fourth.body.error!.message).toContain('Quá nhiều tệp');
  });

  it('shares the batch limit between uploads running side by side: one of two that do not fit together is refused', async () => {
    const results = await Promise.all([
      upload(t.bridge, 'dot-tai-len-009', 'BC song song 1.xlsx', workbookBytes(60 * 1024, 9)),
      upload(t.bridge, 'dot-tai-len-009', 'BC song song 2.xlsx', workbookBytes(60 * 1024, 10)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 413]);
    expect(readdirSync(join(staging(), 'dot-tai-len-009'))).toHaveLength(1);
  });

  it('refuses an upload without the token or from another site', async () => {
    const res = await fetch(`${t.bridge.origin}/upload?batch=dot-tai-len-008&name=BC.xlsx`, {
      method: 'POST',
      headers: { origin: 'http://trang-la.example', 'content-type': 'text/plain' },
      body: 'PK',
    });
    expect(res.status).toBe(403);
    expect(existsSync(join(staging(), 'dot-tai-len-008'))).toBe(false);
  });
});
