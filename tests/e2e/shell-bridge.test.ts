import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { call, upload } from '../web/bridge-client';
import { openApp, watchedPage, type RunningApp } from './browser';

let app: RunningApp;
let inbox: SampleInbox;
let roundId: number;
let page: Page;
let violations: string[];
const screens = 'test-results/screens';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(async () => {
  app = await openApp();
  mkdirSync(screens, { recursive: true });
  inbox = await writeSampleInbox(join(app.dataDir, 'hop-thu'), defaultTemplate(), { schools: 6, year: 2023, missingShare: 0 });
  roundId = (await call(app.bridge, 'rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' })).id;
  const registry = await upload(app.bridge, 'danh-sach-don-vi', 'Danh sách đơn vị.xlsx', readFileSync(inbox.registry));
  await call(app.bridge, 'units/import-registry', { file: registry.body.value!.path });
  ({ page, violations } = await watchedPage(app.browser));
  await page.goto(`${app.url}#/dot/${roundId}/nhan`);
});
afterAll(() => app?.close());

const schoolFiles = () => filesUnder(inbox.folder);

describe('the browser preview: files go up through the page, originals come down', () => {
  it('imports files picked with the browser dialog: uploaded, then read into the round', async () => {
    const [first, ...rest] = schoolFiles();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('pick-files').click();
    await (await chooser).setFiles([first, rest[0]]);
    await expect.poll(() => call(app.bridge, 'rounds/batches', { roundId }).then((b) => b.length), { timeout: 30_000 }).toBe(1);
    const [batch] = await call(app.bridge, 'rounds/batches', { roundId });
    expect(batch.files.map((f) => f.fileName).sort()).toEqual([first, rest[0]].map((f) => f.split('/').pop()).sort());
    await page.screenshot({ path: `${screens}/shell-nhan-bao-cao-chon-tep.png` });
  });

  it('imports files dropped anywhere on the window, with their Vietnamese names', async () => {
    const files = schoolFiles().slice(2);
    const payload = files.map((f) => ({ name: relative(inbox.folder, f).split('/').pop()!, base64: readFileSync(f).toString('base64') }));
    await page.evaluate((items) => {
      const data = new DataTransfer();
      for (const item of items) data.items.add(new File([Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))], item.name));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, payload);
    await expect.poll(() => call(app.bridge, 'rounds/batches', { roundId }).then((b) => b.length), { timeout: 30_000 }).toBe(2);
    const board = await call(app.bridge, 'rounds/board', { roundId });
    expect(board.rows.filter((r) => r.state !== 'missing').length).toBeGreaterThanOrEqual(5);
  });

  it('downloads the original of a report with "Mở tệp gốc", byte for byte, under its own name', async () => {
    const board = await call(app.bridge, 'rounds/board', { roundId });
    const unit = board.rows.find((r) => r.state !== 'missing')!;
    const report = await call(app.bridge, 'reports/unit', { roundId, unitCode: unit.unitCode });
    const file = report.files[0];
    await page.goto(`${app.bridge.origin}/#/dot/${roundId}/don-vi/${encodeURIComponent(unit.unitCode)}`);
    const download = page.waitForEvent('download');
    await page.getByTestId(`open-original-${file.fileId}`).click();
    const got = await download;
    expect(got.suggestedFilename().normalize('NFC')).toBe(file.fileName.normalize('NFC'));
    const original = schoolFiles().find((f) => f.split('/').pop()!.normalize('NFC') === file.fileName.normalize('NFC'))!;
    expect(readFileSync((await got.path())!).equals(readFileSync(original))).toBe(true);
  });

  it('shows the report PDF in the window, from a blob the page holds', async () => {
    for (const channel of ['jobs/consolidate', 'jobs/render-report'] as const) {
      const { jobId } = await call(app.bridge, channel, { roundId });
      await expect.poll(() => call(app.bridge, 'jobs/status', { jobId }).then((s) => s.state), { timeout: 60_000 }).toBe('done');
    }
    await page.goto(`${app.bridge.origin}/#/dot/${roundId}/tong-hop`);
    await page.getByTestId('preview').click();
    await expect.poll(() => page.getByTestId('pdf-frame').getAttribute('src'), { timeout: 30_000 }).toMatch(/^blob:/);
    await page.keyboard.press('Escape');
  });

  it('raises no Content-Security-Policy violation on any screen', async () => {
    const board = await call(app.bridge, 'rounds/board', { roundId });
    for (const route of ['/', `/dot/${roundId}/nhan`, `/dot/${roundId}/tinh-hinh`, `/dot/${roundId}/don-vi/${encodeURIComponent(board.rows[0].unitCode)}`, `/dot/${roundId}/tong-hop`, '/cai-dat']) {
      await page.goto(`${app.bridge.origin}/#${route}`);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });

  it('prints the report from a frame the bridge serves the PDF to (last: headless Chromium may close the page when printing)', async () => {
    await page.goto(`${app.bridge.origin}/#/dot/${roundId}/tong-hop`);
    await page.getByRole('button', { name: 'In', exact: true }).click();
    const frame = page.locator('iframe[title="In báo cáo"]');
    await expect.poll(() => frame.getAttribute('src')).toMatch(/^\/download\/output\/\d+\?token=.+&inline=1$/);
    const served = await fetch(`${app.bridge.origin}${await frame.getAttribute('src')}`);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toMatch(/^inline; /);
  });
});
