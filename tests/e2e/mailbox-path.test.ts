/**
 * The mailbox as the specialist uses it, in Debian's Chromium against the real browser bridge,
 * a real Dovecot (TLS with a self-signed certificate) and an SMTP server on 127.0.0.1: the
 * mailbox set up in Cài đặt (the certificate trusted by its fingerprint), the round's emails
 * fetched from the import screen (the preview keeps no password: it is asked for the fetch),
 * the board filled, the schools that sent nothing reminded. Screens saved to
 * test-results/screens/3x-*.png at 1280×800 and 125 % scaling.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { registryUnits, reportEmail, testSchools } from '../../scripts/mailbox/school-mail';
import type { Round } from '../../src-main/api/contract';
import { Store } from '../../src-main/core/store/store';
import { dispatch } from '../../src-main/handlers';
import { ROUND_2023 } from '../handlers/api';
import { startSmtpSink, type SmtpSink } from '../mailbox/smtp-sink';
import { openApp, stepsInOrder, watchedPage, type RunningApp } from './browser';

const SCREENS = 'test-results/screens';
const OUR_WORDS = /\b(submission|finding|hash|undefined|null|NaN|\[object)\b/i;
const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mật khẩu ứng dụng' };
const schools = testSchools(5, 44);
const senders = schools.slice(0, 3);
const silent = schools.slice(3);

let app: RunningApp;
let page: Page;
let violations: string[];
let dovecot: Dovecot;
let smtp: SmtpSink;
let round: Round;

async function screen(name: string, opts: { dialog?: boolean } = {}) {
  await page.evaluate(() => document.fonts.ready);
  // A dialog fading in is shown once it has arrived.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: !opts.dialog });
  expect(await page.locator('body').innerText()).not.toMatch(OUR_WORDS);
}
const field = (testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
/** The question asked last (ElMessageBox), answered by its button. */
const answer = (label: string) => page.locator('.el-message-box').last().getByRole('button', { name: label }).click();

describe.skipIf(skip)('the mailbox, from its settings to the reminders', () => {
  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    for (const [i, school] of senders.entries()) {
      const mail = await reportEmail(school, i);
      await dovecot.append(office, 'INBOX', mail.raw, mail.sent);
    }
    // A message without attachment: looked at, not downloaded.
    const chat = await reportEmail(silent[0], 9, { attach: false, subject: 'Hỏi về hạn nộp báo cáo' });
    await dovecot.append(office, 'INBOX', chat.raw, chat.sent);
    smtp = await startSmtpSink(office.password);
    mkdirSync(SCREENS, { recursive: true });
    app = await openApp();
    const ctx = { shell: 'web' as const, dbFile: join(app.dataDir, 'kho.sqlite') };
    const store = new Store(ctx.dbFile);
    store.units.save(registryUnits(schools), true);
    store.close();
    const created = await dispatch('rounds/create', ROUND_2023, ctx);
    if (!created.ok) throw new Error(created.error.message);
    round = created.value as Round;
    ({ page, violations } = await watchedPage(app.browser, { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1.25 }));
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (e) => console.error(`Lỗi trong trang: ${e.message}`));
  }, 120_000);
  stepsInOrder(() => page, join(SCREENS, 'that-bai-hop-thu.png'));
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    dovecot?.stop();
  });

  it('points to the mailbox settings from the import screen while none is set up', async () => {
    await page.goto(`${app.url}#/dot/${round.id}/nhan`);
    await expect.poll(() => page.getByTestId('fetch-not-configured').innerText()).toContain('Chưa cài đặt hộp thư.');
    expect(await page.getByTestId('fetch-open').isDisabled()).toBe(true);
    await page.getByTestId('fetch-not-configured').getByRole('link', { name: 'Cài đặt › Hộp thư' }).click();
    await expect.poll(() => page.getByTestId('mailbox-form').isVisible()).toBe(true);
  });

  it('sets up the mailbox: the self-signed certificate shown by its fingerprint, trusted once confirmed', async () => {
    await field('imap-host').fill('127.0.0.1');
    await field('imap-port').fill(String(dovecot.imapsPort));
    await field('imap-port').blur();
    await field('imap-user').fill(office.user);
    await field('mailbox-password').fill(office.password);
    await field('smtp-host').fill('127.0.0.1');
    await field('smtp-port').fill(String(smtp.port));
    await field('smtp-port').blur();
    await page.getByTestId('smtp-security').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'Không mã hóa' }).click();
    await page.getByTestId('mailbox-test').click();
    await expect.poll(() => page.getByTestId('cert-fingerprint').innerText()).toBe(dovecot.fingerprint);
    await screen('30-hop-thu-chung-chi');
    await page.getByTestId('cert-trust').click();
    await expect.poll(() => page.locator('.el-message-box').last().innerText()).toContain(dovecot.fingerprint);
    await screen('30b-tin-cay-chung-chi', { dialog: true });
    await answer('Tin cậy chứng chỉ này');
    await expect.poll(() => page.getByTestId('mailbox-ok').innerText()).toContain('Kết nối được');
    expect(await page.getByTestId('mailbox-not-kept').innerText()).toContain('Bản xem trên trình duyệt không lưu được mật khẩu');
    await screen('30c-hop-thu');
  });

  it('fetches the round’s emails from the import screen, asking for the password the preview does not keep', async () => {
    // A new window of the preview: the password typed before is gone.
    await page.goto(`${app.url}#/dot/${round.id}/nhan`);
    await page.reload();
    await page.getByTestId('fetch-open').click();
    await expect.poll(() => field('fetch-since').inputValue()).toBe('02/10/2023');
    expect(await field('fetch-until').inputValue()).toBe('01/11/2023');
    expect(await page.getByTestId('fetch-start').isDisabled()).toBe(true);
    await field('fetch-password').fill(office.password);
    await screen('31-lay-tu-hop-thu');
    await page.getByTestId('fetch-start').click();
    const summary = page.getByTestId('fetch-summary');
    await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toContain('Đã tải 3 thư, bỏ qua 1 thư');
    expect(await summary.innerText()).toContain('3 tệp đã nhận ra đơn vị, 0 tệp chưa rõ đơn vị');
    await screen('31b-lay-xong');
  });

  it('shows the fetched reports on the board, and reminds the schools that sent nothing', async () => {
    await page.getByTestId('tab-board').click();
    await expect.poll(() => page.getByTestId('count-missing').innerText()).toBe('Chưa nộp: 2');
    await page.getByTestId('remind-open').click();
    const dialog = page.getByTestId('reminders-dialog');
    await expect.poll(() => dialog.getByTestId('remind-units').locator('li').count()).toBeGreaterThanOrEqual(2);
    for (const s of silent) expect(await dialog.getByTestId('remind-units').innerText()).toContain(s.name);
    await dialog.getByTestId(`remind-show-${silent[0].code}`).click();
    await expect.poll(() => dialog.getByTestId('remind-preview').innerText()).toContain(silent[0].email);
    expect(await dialog.getByTestId('remind-preview').innerText()).toContain('Đến nay Phòng chưa nhận được báo cáo của đơn vị.');
    await screen('32-nhac-nop', { dialog: true });
    // The wording edited here: a placeholder that does not exist is marked on its field, then the letter follows the edit.
    await dialog.getByTestId('remind-edit-template').click();
    const editor = page.getByTestId('reminder-template-dialog');
    const body = editor.getByTestId('template-body');
    await expect.poll(() => body.inputValue()).toContain('Kính gửi: {ten_don_vi},');
    const wording = (await body.inputValue()).replace('Trân trọng cảm ơn.', 'Mọi vướng mắc xin liên hệ cô Hoà, 0912 345 678.\nTrân trọng cảm ơn.');
    await body.fill(wording.replace('Kính gửi: {ten_don_vi},', 'Kính gửi: {ten_truong},'));
    await editor.getByTestId('template-save').click();
    await expect.poll(() => editor.getByTestId('template-body-item').innerText()).toContain('không có chỗ điền {ten_truong}');
    await screen('32b-sua-mau-thu', { dialog: true });
    await body.fill(wording);
    await editor.getByTestId('template-save').click();
    await expect.poll(() => dialog.getByTestId('remind-preview').innerText()).toContain('Mọi vướng mắc xin liên hệ cô Hoà, 0912 345 678.');
    expect(await dialog.getByTestId('remind-preview').innerText()).toContain(`Kính gửi: ${silent[0].name},`);
    // The password typed for the fetch serves this window's sends too (the preview keeps it nowhere else).
    const chosen = await dialog.getByTestId('remind-units').locator('li').count();
    await dialog.getByTestId('remind-send').click();
    await expect.poll(() => page.locator('.el-message-box').last().innerText()).toContain(`Gửi ${chosen} thư nhắc đến`);
    await answer('Gửi thư');
    await expect.poll(() => dialog.getByTestId('remind-result').innerText(), { timeout: 30_000 }).toContain(`Đã gửi ${chosen} thư nhắc:`);
    for (const s of silent) expect(smtp.received.flat()).toContain(s.email);
    await screen('33-nhac-xong', { dialog: true });
    expect(violations).toEqual([]);
  });
});
