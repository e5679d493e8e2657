/**
 * A report nobody built a template for, as the specialist takes it in the window, in Debian's
 * Chromium against the real browser bridge and a real store: the office's blank form read
 * into a template (the guesses shown per row), a row renamed, a measure taken off (the
 * problem shown on its row, saving refused) and put back, a row moved, the template saved and
 * exported; a round created on it, a school's filled form uploaded, its numbers in the
 * totals; and leaving an edited template asks first. Screens saved to
 * test-results/screens/4x-*.png at 1280×800 and 125 % scaling.
 */
import JSZip from 'jszip';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/api/contract';
import { Store } from '../../src-main/core/store/store';
import { inferTemplateFromFile } from '../../src-main/core/template-infer';
import { openApp, saveScreen, stepsInOrder, watchedPage, type RunningApp } from './browser';
import { READING_ROWS, readingForm } from './reading-form';

const SCREENS = 'test-results/screens';
const school = { code: 'TH-BH', name: 'Trường Tiểu học Bích Hòa', emails: ['c1bichhoa@thanhoai.edu.vn'], type: 'TH' };
const other = { code: 'THCS-CD', name: 'Trường THCS Cự Khê', emails: ['c2cukhe@thanhoai.edu.vn'], type: 'THCS' };

let app: RunningApp;
let page: Page;
let violations: string[];
let dir: string;
let blankForm: string;
let filledForm: string;
let nextYearForm: string;
/** The template the reader makes of the blank form: the codes the screen shows. */
let inferred: Template;
const codeOf = (label: string) => inferred.rows.find((r) => r.label === label)!.code;

const screen = (name: string, opts: { dialog?: boolean } = {}) => saveScreen(page, SCREENS, name, opts);
const field = (testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
const row = (code: string) => page.locator(`tbody[data-row="${code}"]`);
const answer = (label: string) => page.locator('.el-message-box').last().getByRole('button', { name: label }).click();

async function chooseFiles(trigger: () => Promise<void>, files: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(files);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mau-moi-'));
  blankForm = join(dir, 'Biểu mẫu báo cáo văn hóa đọc.xlsx');
  writeFileSync(blankForm, await readingForm());
  inferred = (await inferTemplateFromFile(blankForm)).template;
  filledForm = join(dir, 'BC văn hóa đọc - TH Bích Hòa.xlsx');
  const numbers = new Map<number, Array<number | string>>([
    [1, [12, 340]],
    [2, [5, 150]],
    [3, [4, 120]],
    [4, [3, 70]],
    [5, [2, 410]],
    [7, [3]],
    [8, ['1.250']],
    [9, ['1.500.000']],
  ]);
  writeFileSync(filledForm, await readingForm({ school: school.name, numbers }));
  nextYearForm = join(dir, 'BC văn hóa đọc 2024 - TH Bích Hòa.xlsx');
  writeFileSync(nextYearForm, await readingForm({ school: school.name, numbers: new Map([...numbers, [1, [15, 400]], [2, [6, 180]], [3, [5, 140]], [4, [4, 80]]]), added: [['4', 'Số buổi giới thiệu sách mới', 'buổi', false, [6]]] }));
  mkdirSync(SCREENS, { recursive: true });
  app = await openApp();
  const store = new Store(join(app.dataDir, 'kho.sqlite'));
  store.units.save([school, other], true);
  store.close();
  ({ page, violations } = await watchedPage(app.browser, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.25, acceptDownloads: true }));
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => console.error(`Lỗi trong trang: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
}, 120_000);
stepsInOrder(() => page, join(SCREENS, 'that-bai-mau.png'));
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a template from the office’s blank form to a round’s totals', () => {
  it('lists the templates with the ways to make a new one', async () => {
    await page.goto(`${app.url}#/cai-dat/mau`);
    await expect.poll(() => page.getByTestId('templates-table').innerText()).toContain('Tuần lễ hưởng ứng học tập suốt đời');
    expect(await page.getByTestId('form-drop').innerText()).toContain('Kéo thả vào đây biểu mẫu trống của Sở');
    await screen('40-mau-bao-cao');
  });

  it('reads the blank form into a template shown row by row, with what was guessed', async () => {
    await chooseFiles(() => page.getByTestId('infer-template').click(), [blankForm]);
    await expect.poll(() => page.getByTestId('editor-title').innerText()).toBe('Mẫu báo cáo mới');
    expect(await page.getByTestId('editor-source').innerText()).toContain('Biểu mẫu báo cáo văn hóa đọc.xlsx');
    await expect.poll(() => page.locator('tbody[data-row]').count()).toBe(READING_ROWS.length);
    expect(await page.getByTestId('row-note').count()).toBeGreaterThan(0);
    const total = codeOf('Tổng số buổi đọc sách, trong đó:');
    expect(await row(total).getByTestId('row-rules').innerText()).toContain('tổng của 3 dòng');
    await expect.poll(() => page.getByTestId('editor-ok').count()).toBe(1);
    await screen('41-mau-tu-bieu-mau');
  });

  it('names the template and renames a row', async () => {
    await field('meta-name').fill('Báo cáo phát triển văn hóa đọc');
    await field('meta-name').press('Tab');
    await field('meta-campaign').fill('Phát triển văn hóa đọc');
    await field('meta-campaign').press('Tab');
    const festival = codeOf('Ngày hội đọc sách, giới thiệu sách');
    const label = row(festival).locator('textarea');
    await label.fill('Ngày hội đọc sách và giới thiệu sách mới');
    await label.press('Tab');
    await expect.poll(() => page.getByTestId('editor-dirty').count()).toBe(1);
    expect(await label.inputValue()).toBe('Ngày hội đọc sách và giới thiệu sách mới');
  });

  it('shows the problem on its row when a row of figures loses its measure, and saves only once it is put back', async () => {
    const shelves = codeOf('Số tủ sách lớp học được xây dựng mới');
    await row(shelves).locator('[data-testid="row-measures"] .el-tag__close').first().click();
    await expect.poll(() => row(shelves).getAttribute('class')).toContain('has-error');
    expect(await row(shelves).getByTestId('row-problem').innerText()).toContain('chưa chọn cột số nào');
    expect(await page.getByTestId('editor-problems').innerText()).toContain('Mẫu còn 1 chỗ cần sửa');
    expect(await page.getByTestId('editor-save').isDisabled()).toBe(true);
    await screen('42-mau-co-loi');
    await row(shelves).getByTestId('row-measures').click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: 'Giá trị' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('editor-problems').count()).toBe(0);
    expect(await row(shelves).getAttribute('class')).not.toContain('has-error');
    expect(await page.getByTestId('editor-save').isDisabled()).toBe(false);
  });

  it('moves a row up among its siblings, and takes the move back', async () => {
    const online = codeOf('Đọc sách trực tuyến');
    const order = () => page.locator('tbody[data-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
    const before = await order();
    await row(online).getByTestId('row-up').click();
    const after = await order();
    expect(after.indexOf(online)).toBe(before.indexOf(online) - 1);
    await page.getByTestId('editor-undo').click();
    await expect.poll(order).toEqual(before);
    await row(online).getByTestId('row-up').click();
    await expect.poll(order).toEqual(after);
  });

  it('sets a row’s rules in their dialog: the rows a total sums', async () => {
    await row(codeOf('Tổng số buổi đọc sách, trong đó:')).getByTestId('row-rules').click();
    const dialog = page.getByTestId('rules-dialog');
    await expect.poll(() => dialog.innerText()).toContain('Dòng này bằng tổng các dòng');
    expect(await dialog.locator('.el-select__tags-text, .el-tag').count()).toBeGreaterThan(0);
    await screen('43-quy-tac-dong', { dialog: true });
    await page.getByTestId('rules-save').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('saves the template, which then is among the office’s templates', async () => {
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-title').innerText()).toBe('Mẫu báo cáo: Báo cáo phát triển văn hóa đọc');
    await expect.poll(() => page.getByTestId('editor-dirty').count()).toBe(0);
    await screen('44-mau-da-luu');
    await page.getByTestId('editor-close').click();
    await expect.poll(() => page.getByTestId('templates-table').innerText()).toContain('Báo cáo phát triển văn hóa đọc');
  });

  it('exports the template as a file to share', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId(`export-template-${inferred.id}-${inferred.version}`).click();
    const file = join(dir, 'xuat.json');
    await (await download).saveAs(file);
    const shared = JSON.parse(readFileSync(file, 'utf8')) as { format: string; template: Template };
    expect(shared.format).toBe('tonghop-baocao/mau');
    expect(shared.template.rows.map((r) => r.label)).toContain('Ngày hội đọc sách và giới thiệu sách mới');
    await screen('45-danh-sach-mau');
  });

  it('asks before leaving a template with unsaved changes', async () => {
    await page.getByTestId(`open-template-${inferred.id}-${inferred.version}`).click();
    const label = row(codeOf('Đọc sách tại lớp học')).locator('textarea');
    await label.fill('Đọc sách tại lớp học (tiết đọc)');
    await label.press('Tab');
    await expect.poll(() => page.getByTestId('editor-dirty').count()).toBe(1);
    await page.getByRole('link', { name: 'Đợt báo cáo' }).first().click();
    await expect.poll(() => page.locator('.el-message-box').last().innerText()).toContain('Bỏ các thay đổi chưa lưu?');
    await screen('46-roi-trang-chua-luu', { dialog: true });
    await answer('Hủy');
    expect(await page.getByTestId('editor-title').count()).toBe(1);
    await page.getByRole('link', { name: 'Đợt báo cáo' }).first().click();
    await answer('Bỏ thay đổi và rời trang');
    await expect.poll(() => page.getByTestId('new-round').count()).toBe(1);
  });

  it('creates a round on the new template, its latest version proposed', async () => {
    await page.getByTestId('new-round').click();
    await page.getByTestId('round-template').click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: 'Báo cáo phát triển văn hóa đọc' }).click();
    await field('round-year').fill('2023');
    await field('round-year').blur();
    await expect.poll(() => field('round-name').inputValue()).toBe('Phát triển văn hóa đọc năm 2023');
    await screen('47-tao-dot-mau-moi', { dialog: true });
    await page.getByTestId('new-round-dialog').getByTestId('round-create').click();
    await expect.poll(() => page.getByTestId('round-title').innerText()).toBe('Phát triển văn hóa đọc năm 2023');
  });

  it('takes a school’s filled form: the school on the board, its numbers in the totals', async () => {
    await page.getByTestId('tab-import').click();
    await chooseFiles(() => page.getByTestId('pick-files').click(), [filledForm]);
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 60_000 }).toContain('1 đã gắn với đơn vị');
    await page.getByTestId('tab-board').click();
    await expect.poll(() => page.getByTestId(`board-row-${school.code}`).innerText()).toMatch(/Đã nộp|Đã chấp nhận/);
    expect(await page.getByTestId(`board-row-${other.code}`).innerText()).toContain('Chưa nộp');
    await page.getByTestId('tab-consolidation').click();
    await page.getByTestId('consolidate').click();
    const totals = page.getByTestId('totals-table');
    await expect.poll(() => totals.count(), { timeout: 60_000 }).toBe(1);
    const text = await totals.innerText();
    for (const n of ['340', '1.250', '1.500.000', '410']) expect(text).toContain(n);
    expect(text).toContain('Ngày hội đọc sách và giới thiệu sách mới');
    await screen('48-tong-hop-mau-moi');
  });

  it('saves an edit of the version the round collects with as a new version, after asking', async () => {
    await page.getByRole('link', { name: 'Cài đặt' }).click();
    await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
    await page.getByTestId(`open-template-${inferred.id}-${inferred.version}`).click();
    const label = row(codeOf('Số sách được tặng, quyên góp')).locator('textarea');
    await label.fill('Số sách được tặng, quyên góp cho thư viện');
    await label.press('Tab');
    await row(codeOf('Kinh phí mua sách, báo')).getByTestId('row-add').click();
    await expect.poll(() => page.locator('tbody[data-row]').count()).toBe(READING_ROWS.length + 1);
    const added = page.locator('tbody[data-row]').last();
    await added.locator('textarea').fill('Số buổi giới thiệu sách mới');
    await added.locator('textarea').press('Tab');
    await expect.poll(() => added.locator('textarea').inputValue()).toBe('Số buổi giới thiệu sách mới');
    await expect.poll(() => page.getByTestId('editor-save').isDisabled()).toBe(false);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.locator('.el-message-box').last().innerText()).toContain('Phát triển văn hóa đọc năm 2023');
    await answer('Lưu thành phiên bản mới');
    await expect.poll(() => field('meta-version').inputValue()).toBe('2');
    await page.getByTestId('editor-close').click();
  });

  it('compares the two versions: the row added, the row reworded with its old and new wording', async () => {
    await page.getByTestId(`compare-template-${inferred.id}-2`).click();
    const dialog = page.getByTestId('compare-dialog');
    await expect.poll(() => dialog.innerText()).toContain('Dòng mới (1)');
    expect(await dialog.getByTestId('compare-added').innerText()).toContain('Số buổi giới thiệu sách mới');
    const reworded = await dialog.getByTestId('compare-reworded').innerText();
    expect(reworded).toContain('Số sách được tặng, quyên góp cho thư viện');
    expect(reworded).toContain('Số sách được tặng, quyên góp');
    await screen('49-so-sanh-phien-ban', { dialog: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('makes a fillable form for every unit of the registry, as one zip to download', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId(`forms-template-${inferred.id}-2`).click();
    const zipFile = join(dir, 'bieu-mau.zip');
    await (await download).saveAs(zipFile);
    const zip = await JSZip.loadAsync(readFileSync(zipFile));
    expect(Object.keys(zip.files).sort()).toEqual(['bieu-mau-truong-thcs-cu-khe.xlsx', 'bieu-mau-truong-tieu-hoc-bich-hoa.xlsx']);
    const message = page.locator('.el-message').last();
    await expect.poll(() => message.innerText()).toContain('Đã tạo 2 biểu mẫu');
    const bar = await page.locator('.app-bar').boundingBox();
    await expect.poll(async () => (await message.boundingBox())!.y).toBeGreaterThan(bar!.y + bar!.height);
    await message.locator('.el-message__closeBtn').click();
    await expect.poll(() => message.count()).toBe(0);
  });

  it('sets next year’s round against last year’s, row by row', async () => {
    await page.getByRole('link', { name: 'Đợt báo cáo' }).first().click();
    await page.getByTestId('new-round').click();
    await field('round-year').fill('2024');
    await field('round-year').blur();
    await page.getByTestId('round-template').click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: 'Báo cáo phát triển văn hóa đọc — phiên bản 2' }).click();
    await expect.poll(() => field('round-name').inputValue()).toBe('Phát triển văn hóa đọc năm 2024');
    await page.getByTestId('new-round-dialog').getByTestId('round-create').click();
    await expect.poll(() => page.getByTestId('round-title').innerText()).toBe('Phát triển văn hóa đọc năm 2024');
    await page.getByTestId('tab-import').click();
    await chooseFiles(() => page.getByTestId('pick-files').click(), [nextYearForm]);
    await expect.poll(() => page.getByTestId('import-summary').innerText(), { timeout: 60_000 }).toContain('1 đã gắn với đơn vị');
    await page.getByTestId('tab-consolidation').click();
    await page.getByTestId('consolidate').click();
    const lastYear = page.getByTestId('last-year');
    await expect.poll(() => lastYear.count(), { timeout: 60_000 }).toBe(1);
    expect(await lastYear.innerText()).toContain('So với năm trước (Phát triển văn hóa đọc năm 2023)');
    const total = lastYear.locator(`tr[data-row="${codeOf('Tổng số buổi đọc sách, trong đó:')}"]`);
    expect(await total.first().innerText()).toMatch(/12\s+15\s+\+3/);
    expect(await lastYear.innerText()).toContain('Mẫu năm nay có 1 dòng mẫu năm trước không có');
    await screen('50-so-voi-nam-truoc');
    expect(violations).toEqual([]);
  });
});
