// @vitest-environment happy-dom
/**
 * "Nhắc các đơn vị chưa nộp…" against the real handlers, a real store and an SMTP server on
 * 127.0.0.1, in the browser preview's shell (no keychain: the password goes with the send):
 * each letter previewed as it would go, the units held said why, only the ticked units sent
 * to after one question, then what happened to each.
 */
import { flushPromises } from '@vue/test-utils';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { registryUnits, testSchools } from '../../scripts/mailbox/school-mail';
import type { Round } from '../../src-main/api/contract';
import { Store } from '../../src-main/core/store/store';
import { dispatch, type HandlerContext } from '../../src-main/handlers';
import { startSmtpSink, type SmtpSink } from '../mailbox/smtp-sink';
import { installHandlers } from './handlers-bridge';
import { mountInApp } from './mount';

const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mật khẩu ứng dụng' };
const schools = testSchools(4, 31);
const noAddress = { code: 'MN-HH', name: 'Trường Mầm non Hoa Hồng', emails: [] as string[], type: 'MN' };

let dir: string;
let ctx: HandlerContext;
let smtp: SmtpSink;
let round: Round;
let RemindersDialog: Component;
let useMailbox: typeof import('../../src-renderer/src/stores/mailbox').useMailbox;

async function ok<T>(channel: string, request: unknown): Promise<T> {
  const res = await dispatch(channel, request, ctx);
  if (!res.ok) throw new Error(`${channel}: ${res.error.message}`);
  return res.value as T;
}
const q = <T extends Element = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
const until = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 20 });
const question = () => [...document.querySelectorAll<HTMLElement>('.el-message-box')].at(-1);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nhac-nop-'));
  const dbFile = join(dir, 'kho.sqlite');
  ctx = { shell: 'web', dbFile };
  const store = new Store(dbFile);
  store.units.save([...registryUnits(schools), noAddress], true);
  store.close();
  smtp = await startSmtpSink(office.password);
  const port = smtp.port;
  const server = { host: '127.0.0.1', port, security: 'none' as const, user: office.user };
  await ok('mailbox/save', { imap: { ...server, port: 1 }, smtp: server, folders: ['INBOX'] });
  round = await ok<Round>('rounds/create', { name: 'Tuần lễ HTSĐ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' });
  installHandlers(() => ctx);
  RemindersDialog = (await import('../../src-renderer/src/components/RemindersDialog.vue')).default;
  ({ useMailbox } = await import('../../src-renderer/src/stores/mailbox'));
});
afterAll(async () => {
  await smtp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reminding the units that have not sent', () => {
  it('sends only to the ticked units with the password of this session, never twice within a day unless forced', async () => {
    // Reminded an hour ago: the first school only, with the password given for that send.
    const first = await ok<{ sent: unknown[] }>('reminders/send', { roundId: round.id, units: [schools[0].code], password: office.password });
    expect(first.sent).toHaveLength(1);
    expect(smtp.received).toEqual([[schools[0].email]]);

    const wrapper = mountInApp(RemindersDialog, { props: { modelValue: true, roundId: round.id } });
    useMailbox().sessionPassword = office.password;
    await until(() => expect(q('remind-units')).not.toBeNull());
    const units = q('remind-units')!;
    expect(units.querySelectorAll('li')).toHaveLength(5);
    expect(units.textContent).toContain(`${noAddress.name}Không gửi: danh sách đơn vị không có địa chỉ thư của đơn vị này`);
    expect(units.textContent).toMatch(new RegExp(`${schools[0].name}Không gửi: đã gửi nhắc lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}, chưa đủ một ngày`));
    expect(q('remind-recent')!.textContent).toContain('1 đơn vị đã được nhắc trong vòng một ngày');
    const box = (code: string) => q(`remind-pick-${code}`)!;
    expect(box(noAddress.code).classList).toContain('is-disabled');
    expect(box(schools[0].code).classList).toContain('is-disabled');
    expect(box(schools[1].code).classList).toContain('is-checked');

    // The letter of a school, exactly as it would go.
    q<HTMLButtonElement>(`remind-show-${schools[2].code}`)!.click();
    await flushPromises();
    const letter = q('remind-preview')!.textContent!;
    expect(letter).toContain(schools[2].email);
    expect(letter).toContain('Tuần lễ HTSĐ 2023');
    expect(letter).toContain('Đến nay Phòng chưa nhận được báo cáo của đơn vị.');

    // The first school of the list left out by hand; three are then chosen, two sent.
    box(schools[1].code).querySelector('input')!.click();
    await flushPromises();
    expect(document.body.textContent).toContain('Đã chọn 2/5 đơn vị');
    q<HTMLButtonElement>('remind-send')!.click();
    await until(() => expect(question()).toBeDefined());
    // Named in the list's order.
    const [a, b] = [...units.querySelectorAll('li')].map((li) => li.textContent!).filter((t) => t === schools[2].name || t === schools[3].name);
    expect(question()!.textContent).toContain(`Gửi 2 thư nhắc đến ${a}, ${b}?`);
    [...question()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Gửi thư')!.click();
    await until(() => expect(q('remind-result')).not.toBeNull());
    expect(q('remind-result')!.textContent).toContain('Đã gửi 2 thư nhắc:');
    expect(q('remind-result')!.textContent).toContain(`${schools[2].name} — ${schools[2].email}`);
    expect(smtp.received.slice(1).flat().sort()).toEqual([schools[2].email, schools[3].email].sort());
    wrapper.unmount();
    document.body.innerHTML = '';
  });

  it('sends again to the units reminded within the day only when told to, asking the password this window does not know', async () => {
    const wrapper = mountInApp(RemindersDialog, { props: { modelValue: true, roundId: round.id } });
    await until(() => expect(q('remind-password')).not.toBeNull());
    expect(q<HTMLButtonElement>('remind-send')!.disabled).toBe(true);
    const password = q('remind-password')!.matches('input') ? q<HTMLInputElement>('remind-password')! : q('remind-password')!.querySelector('input')!;
    password.value = office.password;
    password.dispatchEvent(new Event('input'));
    await flushPromises();
    expect(q('remind-recent')!.textContent).toContain('3 đơn vị đã được nhắc trong vòng một ngày');
    expect(document.body.textContent).toContain('Đã chọn 1/5 đơn vị');
    q('remind-force')!.querySelector('input')!.click();
    await flushPromises();
    expect(document.body.textContent).toContain('Đã chọn 4/5 đơn vị');
    const before = smtp.received.length;
    q<HTMLButtonElement>('remind-send')!.click();
    await until(() => expect(question()).toBeDefined());
    expect(question()!.textContent).toMatch(/^.*Gửi 4 thư nhắc đến .+ và 1 đơn vị khác\?/s);
    [...question()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Gửi thư')!.click();
    await until(() => expect(q('remind-result')).not.toBeNull());
    expect(smtp.received.length - before).toBe(4);
    expect(q('remind-result')!.textContent).not.toContain(noAddress.name);
    wrapper.unmount();
  });

  it('edits the letter\'s wording: an unknown placeholder marked on its field, a chip inserted at the cursor, the previews refreshed, the default restored', async () => {
    const wrapper = mountInApp(RemindersDialog, { props: { modelValue: true, roundId: round.id } });
    await until(() => expect(q('remind-preview')).not.toBeNull());
    q<HTMLButtonElement>(`remind-show-${schools[2].code}`)!.click();
    q<HTMLButtonElement>('remind-edit-template')!.click();
    await until(() => expect(q('template-body')).not.toBeNull());
    // Element Plus puts the attributes on the textarea itself.
    const body = q<HTMLTextAreaElement>('template-body')!;
    expect(body.matches('textarea')).toBe(true);
    expect(body.value).toContain('Kính gửi: {ten_don_vi},');
    expect(q('template-placeholders')!.textContent).toContain('{han_nop}Hạn nộp (ngày/tháng/năm)');
    const write = async (text: string) => {
      body.value = text;
      body.dispatchEvent(new Event('input'));
      await flushPromises();
    };

    await write('Kính gửi {ten_truong},\nĐề nghị nộp báo cáo.');
    q<HTMLButtonElement>('template-save')!.click();
    await until(() => expect(q('template-body-item')!.textContent).toContain('không có chỗ điền {ten_truong}'));
    expect(q('template-body-item')!.classList).toContain('is-error');
    expect(q('template-subject-item')!.classList).not.toContain('is-error');

    // The deadline inserted where the cursor stands, between "trước ngày " and ".".
    await write('Kính gửi {ten_don_vi},\nĐề nghị nộp báo cáo trước ngày .\n{van_de}\nLiên hệ: cô Hoà, 0912 345 678');
    body.focus();
    const at = body.value.indexOf(' .') + 1;
    body.setSelectionRange(at, at);
    q<HTMLButtonElement>('template-insert-han_nop')!.click();
    await flushPromises();
    expect(body.value).toContain('trước ngày {han_nop}.');
    q<HTMLButtonElement>('template-save')!.click();
    await until(() => expect(q('remind-preview')!.textContent).toContain('Liên hệ: cô Hoà, 0912 345 678'));
    const letter = q('remind-preview')!.textContent!;
    expect(letter).toContain(`Kính gửi ${schools[2].name},`);
    expect(letter).toContain('Đề nghị nộp báo cáo trước ngày 18/10/2023.');
    expect(letter).toContain('Đến nay Phòng chưa nhận được báo cáo của đơn vị.');

    // Back to the default after one question.
    q<HTMLButtonElement>('remind-edit-template')!.click();
    await flushPromises();
    await until(() => expect(q<HTMLButtonElement>('template-reset')?.disabled).toBe(false));
    q<HTMLButtonElement>('template-reset')!.click();
    await until(() => expect(question()?.textContent).toContain('Thay mẫu thư đang dùng bằng mẫu mặc định'));
    [...question()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Khôi phục')!.click();
    await until(() => expect(q('remind-preview')!.textContent).toContain(`Kính gửi: ${schools[2].name},`));
    expect(q('remind-preview')!.textContent).not.toContain('Liên hệ: cô Hoà');
    expect(q<HTMLTextAreaElement>('template-body')!.value).toContain('Nếu đơn vị đã gửi báo cáo đầy đủ, xin bỏ qua thư này.');
    wrapper.unmount();
  });
});
