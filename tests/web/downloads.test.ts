import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../src-main/api/web-routes';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { call, openBridge, pageHeaders, runJob, upload, type TestBridge } from './bridge-client';

let t: TestBridge;
let inbox: SampleInbox;
let roundId: number;
/** The school files as the page uploaded them: server path → the bytes sent. */
const sent = new Map<string, Buffer>();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(async () => {
  t = await openBridge();
  inbox = await writeSampleInbox(join(t.dir, 'hop-thu'), defaultTemplate(), { schools: 4, year: 2023 });
  roundId = (await call(t.bridge, 'rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' })).id;
  // The registry and the school files go up the way the page sends them, then the import takes the server's paths.
  const registry = await upload(t.bridge, 'danh-sach-don-vi', 'Danh sách đơn vị.xlsx', readFileSync(inbox.registry));
  await call(t.bridge, 'units/import-registry', { file: registry.body.value!.path });
  for (const file of filesUnder(inbox.folder)) {
    const bytes = readFileSync(file);
    const res = await upload(t.bridge, 'hop-thu-tai-len', file.slice(inbox.folder.length + 1), bytes);
    sent.set(res.body.value!.path, bytes);
  }
  const imported = await runJob(t.bridge, 'jobs/import', { roundId, paths: [...sent.keys()], source: `Tải lên: ${sent.size} tệp` });
  expect(imported.state, JSON.stringify(imported.error)).toBe('done');
});
afterAll(() => t?.close());

describe('downloads from the bridge: originals, outputs, backups', () => {
  it('gives back a school original byte for byte, under its Vietnamese name (RFC 5987)', async () => {
    const board = await call(t.bridge, 'rounds/board', { roundId });
    const unit = board.rows.find((r) => r.state !== 'missing')!;
    const report = await call(t.bridge, 'reports/unit', { roundId, unitCode: unit.unitCode });
    const file = report.files[0];
    const res = await fetch(`${t.bridge.origin}${webRoutes.download('original', file.fileId, t.bridge.token)}`);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...sent.values()].some((b) => b.equals(bytes))).toBe(true);
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(file.fileName.normalize('NFC'));
  });

  it('gives the district report as a PDF, inline for the print frame, and refuses an id that is not there', async () => {
    for (const channel of ['jobs/consolidate', 'jobs/render-report'] as const) {
      const done = await runJob(t.bridge, channel, { roundId });
      expect(done.state, JSON.stringify(done.error)).toBe('done');
    }
    const outputs = await call(t.bridge, 'outputs/list', { roundId });
    const pdf = outputs.find((o) => o.kind === 'pdf')!;
    const res = await fetch(`${t.bridge.origin}${webRoutes.download('output', pdf.id, t.bridge.token, true)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const missing = await fetch(`${t.bridge.origin}${webRoutes.download('output', 987654, t.bridge.token)}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('987654');
  });

  it('writes a backup where the bridge reserved, then offers it for download', async () => {
    const reserve = await fetch(`${t.bridge.origin}${webRoutes.reserveExport('Sao lưu kho 2023.sqlite')}`, { method: 'POST', headers: pageHeaders(t.bridge) });
    const slot = ((await reserve.json()) as { value: { id: number; path: string } }).value;
    expect(slot.path.startsWith(join(t.dir, 'du-lieu', 'staging'))).toBe(true);
    const early = await fetch(`${t.bridge.origin}${webRoutes.download('export', slot.id, t.bridge.token)}`);
    expect(early.status).toBe(404);
    await call(t.bridge, 'data/backup', { file: slot.path });
    const res = await fetch(`${t.bridge.origin}${webRoutes.download('export', slot.id, t.bridge.token)}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(decodeURIComponent(res.headers.get('content-disposition')!.split("UTF-8''")[1])).toBe('Sao lưu kho 2023.sqlite');
  });

  it('refuses every download with a wrong token, and a path that is not a download', async () => {
    expect((await fetch(`${t.bridge.origin}${webRoutes.download('original', 1, 'sai-ma')}`)).status).toBe(403);
    expect((await fetch(`${t.bridge.origin}/download/original/..%2F..%2Fkho.sqlite?token=${t.bridge.token}`)).status).toBe(404);
  });
});
