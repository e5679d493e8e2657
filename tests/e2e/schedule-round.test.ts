/**
 * A round of a template with no fixed rows (the week's schedule), in Debian's Chromium against
 * the real bridge: the board, a unit's report with its lines, and the totals screen with the
 * compiled list open without a page error and without an empty totals table.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOver } from '../handlers/api';
import { KIM_LIEN, NGA_TU_SO, SCHEDULE_ROUND_2024, registryCsv, writeTwoSchedules } from '../lists/schedules';
import { openApp, stepsInOrder, watchedPage, type RunningApp } from './browser';

const SCREENS = 'test-results/screens';
let app: RunningApp;
let page: Page;
let dir: string;
let roundId: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lich-e2e-'));
  app = await openApp();
  const api = apiOver({ shell: 'web', dbFile: join(app.dataDir, 'kho.sqlite') });
  const round = await api.ok('rounds/create', SCHEDULE_ROUND_2024);
  roundId = round.id;
  writeFileSync(join(dir, 'don-vi.csv'), registryCsv([KIM_LIEN, NGA_TU_SO]));
  await api.ok('units/import-registry', { file: join(dir, 'don-vi.csv') });
  const inbox = join(dir, 'nhan');
  await writeTwoSchedules(
    inbox,
    [{ time: '8h30', date: '02/10', unit: '', activity: 'Hoạt động trải nghiệm của học sinh khối 5' }],
    [{ time: '8h30', date: '07/10/2024', unit: 'MN Ngã Tư Sở', activity: 'Sáng tạo từ đôi bàn tay bé' }],
  );
  await api.job('jobs/import', { roundId, paths: [inbox] });
  await api.job('jobs/consolidate', { roundId });
  ({ page } = await watchedPage(app.browser, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.25 }));
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);
stepsInOrder(() => page, join(SCREENS, 'lich-that-bai.png'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Saves the screen and checks that none of our words reached it. */
async function screen(name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
  expect(await page.locator('body').innerText()).not.toMatch(/\b(submission|finding|hash|undefined|null|NaN|\[object)\b/i);
}

const at = (path: string) => `${app.url.replace(/#.*$/, '')}#/dot/${roundId}/${path}`;

describe('a schedule round in the window', () => {
  it('shows the board with both schools', async () => {
    await page.goto(at('tinh-hinh'));
    await expect.poll(() => page.locator('body').innerText()).toContain('Trường Mầm non Ngã Tư Sở');
    expect(await page.locator('body').innerText()).toContain('Trường Tiểu học Kim Liên');
  });

  it('shows a unit’s lines as read, with where each came from', async () => {
    await page.goto(at('don-vi/TH-KL'));
    const list = page.locator('[data-testid="list-lich"]');
    await expect.poll(() => list.innerText()).toContain('Hoạt động trải nghiệm của học sinh khối 5');
    const text = await list.innerText();
    expect(text).toContain('Lịch tổ chức các hoạt động');
    expect(text).toMatch(/8h30\s+02\/10\s+Trường Tiểu học Kim Liên/);
    expect(text).toContain('Lich - TH Kim Lien.docx, bảng 1, hàng 2');
    await screen('lich-don-vi');
  });

  it('shows the compiled list on the totals screen, and no totals table', async () => {
    await page.goto(at('tong-hop'));
    const list = page.locator('[data-testid="list-lich"]');
    await expect.poll(() => list.innerText()).toContain('Sáng tạo từ đôi bàn tay bé');
    const rows = await list.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 4).join(' | '))).toEqual([
      '1 | 8h30 | 02/10 | Trường Tiểu học Kim Liên',
      '2 | 8h30 | 07/10 | MN Ngã Tư Sở',
    ]);
    expect(await page.locator('[data-testid="totals-table"]').count()).toBe(0);
    await screen('lich-tong-hop');
    expect(pageErrors).toEqual([]);
  });
});
