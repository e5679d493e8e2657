// @vitest-environment happy-dom
/**
 * Cài đặt › Hộp thư against the real handlers and a real Dovecot: the fields the core refuses
 * marked where they are, the password's state, and the certificate nobody vouches for shown
 * by its fingerprint and trusted only after the specialist confirms.
 */
import { flushPromises } from '@vue/test-utils';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { nextTick } from 'vue';
import { dovecotMissing, startDovecot, type Dovecot } from '../../scripts/mailbox/dovecot';
import { safeStorageSecretsIn } from '../../src-main/app/safe-storage-secrets';
import type { HandlerContext } from '../../src-main/handlers';
import { keychain } from '../mailbox/keychain';
import { installHandlers } from './handlers-bridge';
import { mountInApp } from './mount';

const skip = dovecotMissing();
const office = { user: 'phonggd@thanhoai.edu.vn', password: 'mật khẩu ứng dụng' };

let dovecot: Dovecot;
let dir: string;
let ctx: HandlerContext;
let MailboxSettings: Component;
let wrapper: ReturnType<typeof mountInApp> | undefined;

const q = <T extends Element = HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`);
const input = (id: string) => (q(id)?.matches('input, textarea') ? q<HTMLInputElement>(id)! : q(id)!.querySelector<HTMLInputElement>('input, textarea')!);

async function type(id: string, text: string) {
  const el = input(id);
  el.value = text;
  el.dispatchEvent(new Event('input'));
  await nextTick();
}
async function click(id: string) {
  q<HTMLButtonElement>(id)!.click();
  await flushPromises();
}
/** Waits until the calls of the last click have come back and the form shows it. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 20 });
/** The message Element Plus shows under a form item. */
const fieldError = (id: string) => q(id)!.closest('.el-form-item')!.querySelector('.el-form-item__error')?.textContent?.trim() ?? '';

async function openForm() {
  wrapper = mountInApp(MailboxSettings);
  await until(() => expect(q('password-state')).not.toBeNull());
}
/** The question asked last (a closed one may linger while its leave transition never ends here). */
const question = () => [...document.querySelectorAll<HTMLElement>('.el-message-box')].at(-1);
async function answer(label: string) {
  [...question()!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label)!.click();
  await flushPromises();
}

/** Selects an option of an Element Plus select by its visible text. */
async function choose(id: string, label: string) {
  q(id)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await nextTick();
  const option = [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].find((o) => o.textContent?.includes(label));
  option!.click();
  await nextTick();
}
async function setPort(id: string, port: number) {
  await type(id, String(port));
  input(id).dispatchEvent(new Event('change'));
  await nextTick();
}

describe.skipIf(skip)('Cài đặt › Hộp thư', () => {
  beforeAll(async () => {
    dovecot = await startDovecot([office]);
    dir = mkdtempSync(join(tmpdir(), 'hop-thu-form-'));
    const dbFile = join(dir, 'kho.sqlite');
    ctx = { shell: 'electron', dbFile, secrets: safeStorageSecretsIn(dbFile, keychain()) };
    installHandlers(() => ctx);
    MailboxSettings = (await import('../../src-renderer/src/views/settings/MailboxSettings.vue')).default;
  });
  afterAll(() => {
    dovecot?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    wrapper?.unmount();
    document.body.innerHTML = '';
  });

  it('marks the fields the core refuses beside them, and asks for the password before testing', async () => {
    await openForm();
    await type('imap-host', '127.0.0.1');
    await click('mailbox-test');
    await until(() => expect(fieldError('mailbox-password')).toBe('Nhập mật khẩu để kiểm tra kết nối.'));

    await type('mailbox-password', office.password);
    await type('smtp-host', 'smtp.thanhoai.edu.vn');
    await type('smtp-from', 'phong giao duc');
    await click('mailbox-test');
    // No login name, and a sender that is no address: each said under its own field, nothing saved.
    await until(() => expect(fieldError('imap-user')).not.toBe(''));
    expect(fieldError('smtp-from')).not.toBe('');
    expect(fieldError('imap-host')).toBe('');
    expect(q('mailbox-ok')).toBeNull();
  });

  it('shows the certificate by its fingerprint, trusts it only when confirmed, and keeps the password once the login works', async () => {
    await openForm();
    expect(q('password-state')!.textContent).toContain('mật khẩu chỉ được lưu khi đăng nhập thành công');
    await type('imap-host', '127.0.0.1');
    await setPort('imap-port', dovecot.imapsPort);
    await type('imap-user', office.user);
    await type('mailbox-password', office.password);
    await click('mailbox-test');
    await until(() => expect(q('mailbox-failure')).not.toBeNull());
    expect(q('cert-fingerprint')!.textContent).toBe(dovecot.fingerprint);
    expect(q('mailbox-failure')!.textContent).toMatch(/tự ký/);

    // Declining the question trusts nothing.
    await click('cert-trust');
    await until(() => expect(question()).toBeDefined());
    expect(question()!.textContent).toContain(dovecot.fingerprint);
    expect(question()!.textContent).toContain(`127.0.0.1:${dovecot.imapsPort}`);
    await answer('Hủy');
    expect(q('mailbox-ok')).toBeNull();
    expect(q('cert-fingerprint')!.textContent).toBe(dovecot.fingerprint);

    await click('cert-trust');
    await until(() => expect(document.querySelectorAll('.el-message-box').length).toBe(2));
    await answer('Tin cậy chứng chỉ này');
    await until(() => expect(q('mailbox-ok')).not.toBeNull());
    expect(q('mailbox-failure')).toBeNull();
    await until(() => expect(q('password-state')!.textContent).toContain('Đã lưu mật khẩu'));
    expect(input('mailbox-password').value).toBe('');

    // Opened again: the kept settings, the trusted certificate, the password not shown but kept.
    wrapper!.unmount();
    document.body.innerHTML = '';
    await openForm();
    await until(() => expect(input('imap-user').value).toBe(office.user));
    expect(input('mailbox-password').value).toBe('');
    expect(q('password-state')!.textContent).toContain('Đã lưu mật khẩu');
    await click('mailbox-test');
    await until(() => expect(q('mailbox-ok')).not.toBeNull());
  });

  it('says plainly when the window cannot keep the password (the browser preview)', async () => {
    const dbFile = join(dir, 'xem-truoc.sqlite');
    ctx = { shell: 'web', dbFile };
    await openForm();
    await type('imap-host', '127.0.0.1');
    await setPort('imap-port', dovecot.imapPort);
    await choose('imap-security', 'Không mã hóa');
    await type('imap-user', office.user);
    await type('mailbox-password', 'sai mật khẩu');
    await click('mailbox-test');
    await until(() => expect(q('mailbox-failure')).not.toBeNull());
    expect(q('mailbox-failure')!.textContent).toContain(office.user);
    expect(q('cert-trust')).toBeNull();

    await type('mailbox-password', office.password);
    await click('mailbox-test');
    await until(() => expect(q('mailbox-ok')).not.toBeNull());
    expect(q('mailbox-not-kept')!.textContent).toContain('không lưu được mật khẩu');
    expect(q('password-state')!.textContent).not.toContain('Đã lưu mật khẩu');
  });
});
