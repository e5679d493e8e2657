/**
 * The path through a round as a specialist walks it (ui.md), in Debian's Chromium against the
 * real browser bridge and a real store, on generated school files: the unit registry and the
 * reports uploaded from the page, the board read, a report with errors corrected, a file tied
 * by hand, the round consolidated, the province's workbook filled, the draft edited, the PDF
 * previewed — and the same again after the bridge restarts. Every screen is saved to
 * test-results/screens/ at 1280×800 and 125 % scaling.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { schoolWorkbook, workbookStyleFor } from '../../scripts/sample/school-workbook';
import { buildProvinceForm } from '../cli-office/province-form';
import { openApp, stepsInOrder, watchedPage, type RunningApp } from './browser';

const SCREENS = 'test-results/screens';
const template = defaultTemplate();
let app: RunningApp;
let page: Page;
let violations: string[];
let dir: string;
let inbox: SampleInbox;
let inboxFiles: string[];
let strayFile: string;
let provinceFile: string;
/** The school whose table has a wrong total. */
let wrongSum: string;

/** Words of ours that must never reach the specialist's screen. */
const OUR_WORDS = /\b(submission|finding|hash|undefined|null|NaN|\[object)\b/i;

/** Saves the screen; the whole page, or what is in the window while a dialog is open over it. */
async function screen(name: string, opts: { dialog?: boolean } = {}) {
  // The PDF viewer keeps loading in the background: wait for the page's own fonts only.
  await page.evaluate(() => document.fonts.ready);
  // A dialog fades in and a message slides: the screen is saved once they have settled.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: !opts.dialog });
  expect(await page.locator('body').innerText()).not.toMatch(OUR_WORDS);
}

/** The input of a form field, whether the test id sits on the input or on the component around it. */
const field = (testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** Picks files in the browser's open dialog that the page opens. */
async function chooseFiles(trigger: () => Promise<void>, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(files);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duong-di-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), template, { schools: 9, year: 2023, missingShare: 1 / 9 });
  wrongSum = inbox.schools[7].code;
  inboxFiles = readdirSync(inbox.folder).map((f) => join(inbox.folder, f));
  strayFile = join(dir, 'baocao Liên Châu.xlsx');
  writeFileSync(strayFile, await schoolWorkbook(inbox.schools[8], template, inbox.figures.get(inbox.schools[0].code)!, 2023, { ...workbookStyleFor(8), anonymous: true }));
  provinceFile = join(dir, 'Mẫu biểu Sở GDĐT 2023.xlsx');
  writeFileSync(provinceFile, await buildProvinceForm({ oddRow: true }));
  mkdirSync(SCREENS, { recursive: true });
  app = await openApp();
  // The specialist's laptop: 1280×800 at 125 % scaling.
  ({ page, violations } = await watchedPage(app.browser, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.25 }));
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`Lỗi trong trang: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
}, 120_000);
stepsInOrder(() => page, join(SCREENS, 'that-bai.png'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a round from the first file to the printed report', () => {
  it('starts on an empty home that says what to do', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.locator('.el-empty').innerText()).toContain('Chưa có đợt báo cáo nào');
    await screen('01-dot-bao-cao-trong');
  });

  it('imports the unit registry from Excel, by upload', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await chooseFiles(() => page.getByTestId('import-registry').click(), [inbox.registry]);
    await expect.poll(() => page.locator('.el-alert').first().innerText()).toContain('thêm 9');
    await expect.poll(() => page.getByTestId('units-table').locator('tbody tr').count()).toBe(9);
    await screen('02-cai-dat-don-vi');
  });

  it('creates a round with the week and deadline proposed from the year', async () => {
    await page.getByRole('link', { name: 'Đợt báo cáo' }).first().click();
    await page.getByTestId('new-round').click();
    const dialog = page.getByTestId('new-round-dialog');
    await field('round-year').fill('2023');
    await field('round-year').blur();
    await expect.poll(() => field('round-name').inputValue()).toBe('Tuần lễ hưởng ứng học tập suốt đời năm 2023');
    await expect.poll(() => field('round-deadline').inputValue()).toMatch(/^\d{2}\/\d{2}\/2023$/);
    await screen('03-tao-dot', { dialog: true });
    await dialog.getByTestId('round-create').click();
    await expect.poll(() => page.getByTestId('round-title').innerText()).toBe('Tuần lễ hưởng ứng học tập suốt đời năm 2023');
    await expect.poll(() => page.getByTestId('board-empty').innerText()).toContain('Chưa có báo cáo nào. Kéo thả tệp vào đây');
    await screen('04-tinh-hinh-trong');
  });

  it('edits the round’s deadline, typed the Vietnamese way', async () => {
    await page.getByTestId('edit-round').click();
    const deadline = field('round-deadline');
    await deadline.fill('20/10/2023');
    await deadline.press('Enter');
    await screen('04b-sua-dot', { dialog: true });
    await page.getByTestId('round-save').click();
    await expect.poll(() => page.locator('.page-sub').first().innerText()).toContain('Hạn nộp: 20/10/2023');
  });

  it('receives the schools’ files by upload, with a summary linking to each group', async () => {
    await page.getByTestId('tab-import').click();
    await screen('05-nhan-bao-cao');
    await chooseFiles(() => page.getByTestId('pick-files').click(), [...inboxFiles, strayFile]);
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toContain(`${inboxFiles.length + 1} tệp:`);
    expect(await summary.innerText()).toContain('1 chưa rõ đơn vị');
    expect(await summary.innerText()).toContain(`${inboxFiles.length} đã gắn với đơn vị`);
    await screen('06-nhan-xong');
  });

  it('shows every unit on the board; the counts filter, the search ignores diacritics', async () => {
    await page.getByTestId('tab-board').click();
    await expect.poll(() => page.getByTestId('count-all').innerText()).toBe('Tất cả: 9');
    expect(await page.getByTestId('count-errors').innerText()).toBe('Có lỗi: 1');
    expect(await page.getByTestId('count-missing').innerText()).toBe('Chưa nộp: 1');
    expect(await page.getByTestId('unidentified').innerText()).toContain('Tệp chưa rõ đơn vị (1)');
    await screen('07-tinh-hinh-nop');
    await page.getByTestId('count-errors').click();
    await expect.poll(() => page.locator('[data-testid^="board-row-"]').count()).toBe(1);
    await page.getByTestId('count-errors').click();
    await field('board-search').fill('lien chau');
    await expect.poll(() => page.locator('[data-testid^="board-row-"]').count()).toBe(3);
    expect(await page.getByTestId('board-table').innerText()).toContain('Liên Châu');
    await screen('08-tinh-hinh-tim');
    await field('board-search').fill('');
  });

  it('opens the report with errors: the problem cell outlined with its message, the file as read beside it', async () => {
    await page.getByTestId(`board-row-${wrongSum}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe(inbox.schools[7].name.normalize('NFC'));
    const cell = page.getByTestId('value-1.0-people');
    await expect.poll(() => cell.getAttribute('class')).toContain('has-error');
    expect(await page.locator('tr[data-row="1.0"]').innerText()).toMatch(/1\.0|tổng/i);
    expect(await page.getByTestId('original').locator('td.has-error').count()).toBeGreaterThan(0);
    await screen('09-bao-cao-co-loi');
  });

  it('corrects the total with a reason; the report is checked again and the history can undo it', async () => {
    const right = inbox.figures.get(wrongSum)!['1.0']!.people! - 10;
    await page.getByTestId('value-1.0-people').click();
    await expect.poll(() => field('correct-value').inputValue()).not.toBe('');
    await field('correct-value').fill(right.toLocaleString('vi-VN'));
    await page.getByTestId('correct-confirm').click();
    await expect.poll(() => page.getByTestId('correction-dialog').innerText()).toContain('Cần ghi lý do.');
    await page.getByTestId('correct-reason').fill('Trường báo qua điện thoại: cộng nhầm dòng tổng');
    await screen('10-sua-so-lieu', { dialog: true });
    await page.getByTestId('correct-confirm').click();
    await expect.poll(() => page.getByTestId('state-tag').first().innerText()).toBe('Đã chấp nhận');
    expect(await page.getByTestId('value-1.0-people').innerText()).toContain(right.toLocaleString('vi-VN'));
    expect(await page.getByTestId('history').innerText()).toContain('Trường báo qua điện thoại');
    await screen('11-da-sua');
    await page.getByTestId('accept').click();
    await page.getByTestId('accept-confirm').click();
    await expect.poll(() => page.getByTestId('state-tag').first().innerText()).toBe('Đã chấp nhận');
  });

  it('returns a report to its school with the reason kept', async () => {
    const other = inbox.schools[1].code;
    await page.getByTestId('tab-board').click();
    await page.getByTestId(`board-row-${other}`).click();
    await page.getByTestId('return').click();
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.locator('.el-dialog').filter({ hasText: 'Lý do trả lại' }).innerText()).toContain('Cần ghi lý do.');
    await page.getByTestId('reason-input').fill('Thiếu chữ ký và dấu của Hiệu trưởng');
    await page.getByTestId('reason-confirm').click();
    await expect.poll(() => page.getByTestId('state-tag').first().innerText()).toBe('Đã trả lại');
    expect(await page.locator('.el-alert').first().innerText()).toContain('Thiếu chữ ký và dấu của Hiệu trưởng');
    await screen('12-tra-lai');
  });

  it('ties the file that named no school to its unit, the app’s guesses first', async () => {
    await page.getByTestId('tab-board').click();
    await page.getByTestId('unidentified').getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe('baocao Liên Châu.xlsx');
    await screen('13-tep-chua-ro');
    await page.getByTestId('tie').click();
    await page.getByTestId('tie-unit').click();
    await expect.poll(() => page.locator('.el-select-dropdown:visible').innerText()).toContain('Ứng dụng đoán');
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: inbox.schools[8].name.normalize('NFC') }).first().click();
    await expect.poll(() => page.locator('.el-select-dropdown:visible').count()).toBe(0);
    await screen('14-gan-don-vi', { dialog: true });
    await page.getByTestId('tie-confirm').click();
    await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe(inbox.schools[8].name.normalize('NFC'));
    expect(await page.getByTestId('history').innerText()).toContain('Gắn tệp với đơn vị');
  });

  it('consolidates: the totals, the units in and out and why', async () => {
    await page.getByTestId('tab-consolidation').click();
    await expect.poll(() => page.locator('.el-empty').innerText()).toContain('Chưa tổng hợp lần nào');
    await page.getByTestId('consolidate').click();
    await expect.poll(() => page.getByTestId('totals-table').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('units-out').innerText()).toContain('Đã trả lại');
    expect(await page.getByTestId('units-in').innerText()).toContain(inbox.schools[7].name.normalize('NFC'));
    await expect.poll(() => page.getByTestId('draft-editor').count()).toBe(1);
    await screen('15-tong-hop');
  });

  it('fills the province’s workbook after the specialist confirms the proposed mapping', async () => {
    await chooseFiles(() => page.getByTestId('fill-province').click(), [provinceFile]);
    const dialog = page.getByTestId('mapping-dialog');
    await expect.poll(() => dialog.innerText()).toContain('Điền vào mẫu của Sở');
    expect(await dialog.locator('tr.unsure').count()).toBeGreaterThan(0);
    await screen('16-dien-mau-so', { dialog: true });
    await page.getByTestId('mapping-confirm').click();
    await expect.poll(() => page.getByTestId('save-province-xlsx').count(), { timeout: 60_000 }).toBe(1);
  });

  it('edits the draft where the machine left prompts, and previews the PDF inside the window', async () => {
    const prompts = page.locator('textarea[data-testid="draft-prompt"]');
    const before = await prompts.count();
    expect(before).toBeGreaterThan(0);
    await prompts.first().fill('Phòng GD&ĐT đã ban hành Kế hoạch số 45/KH-PGDĐT ngày 20/9/2023 và chỉ đạo các trường tổ chức Tuần lễ.');
    await expect.poll(() => prompts.count()).toBe(before - 1);
    await page.getByTestId('save-draft').click();
    await expect.poll(() => page.getByTestId('save-draft').isDisabled()).toBe(true);
    await screen('17-ban-nhap');
    await page.getByTestId('preview').click();
    const frame = page.getByTestId('pdf-frame');
    await expect.poll(() => frame.getAttribute('src'), { timeout: 60_000 }).toMatch(/^blob:/);
    await screen('18-xem-truoc', { dialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.count()).toBe(0);
    expect(await page.getByTestId('save-pdf').count()).toBe(1);
    expect(await page.getByTestId('save-docx').count()).toBe(1);
  });

  it('keeps everything after the bridge restarts: decisions, history, the draft as edited', async () => {
    await app.restart();
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Đợt báo cáo' }).first().click();
    await screen('19-dot-bao-cao');
    await page.locator('[data-testid^="round-"]').first().click();
    await expect.poll(() => page.getByTestId('count-accepted').innerText()).not.toBe('Đã chấp nhận: 0');
    expect(await page.getByTestId('count-returned').innerText()).toBe('Đã trả lại: 1');
    expect(await page.locator('[data-testid="unidentified"]').count()).toBe(0);
    await page.getByTestId(`board-row-${wrongSum}`).click();
    await expect.poll(() => page.getByTestId('history').innerText()).toContain('Trường báo qua điện thoại');
    await page.getByTestId('tab-consolidation').click();
    const draftText = () => page.locator('[data-testid="draft-editor"] textarea').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value).join('\n'));
    await expect.poll(draftText).toContain('45/KH-PGDĐT');
  });

  it('shows the office and signer, templates and data settings', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('tab', { name: 'Thông tin cơ quan và người ký' }).click();
    await expect.poll(() => page.getByTestId('office-form').count()).toBe(1);
    await screen('20-co-quan-nguoi-ky');
    await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
    await screen('21-mau-bao-cao');
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    await expect.poll(() => page.getByTestId('data-info').innerText()).toContain('kho.sqlite');
    await screen('22-du-lieu');
    expect(violations).toEqual([]);
  });
});
