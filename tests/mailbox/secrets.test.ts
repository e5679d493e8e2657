import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorageSecrets } from '../../src-main/app/safe-storage-secrets';
import { keychain } from './keychain';
import { Store } from '../../src-main/core/store/store';

const account = 'phonggd@thanhoai.edu.vn@imap.thanhoai.edu.vn';
const password = 'Mật-khẩu-ứng-dụng 2023';

describe('the desktop keeps the mailbox password encrypted by the operating system', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores only the encrypted bytes, and gives the password back to the same user', async () => {
    const file = join(dir, 'kho.sqlite');
    const os = keychain();
    let store = new Store(file);
    await safeStorageSecrets(store.mailbox, os).remember(account, password);
    store.close();
    const onDisk = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)));
    expect(onDisk.includes(Buffer.from(password, 'utf8'))).toBe(false);
    expect(onDisk.includes(Buffer.from('ứng-dụng', 'utf8'))).toBe(false);

    store = new Store(file);
    expect(await safeStorageSecrets(store.mailbox, os).password(account)).toBe(password);
    // Another user's keychain cannot read it: the password is asked for again, nothing crashes.
    expect(await safeStorageSecrets(store.mailbox, keychain()).password(account)).toBeUndefined();
    expect(await safeStorageSecrets(store.mailbox, os).password('khac@imap.thanhoai.edu.vn')).toBeUndefined();
    store.close();
  });

  it('refuses to keep the password where the system has no keychain, saying what to do', async () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    await expect(safeStorageSecrets(store.mailbox, keychain(false)).remember(account, password)).rejects.toThrow(/nhập mật khẩu mỗi lần lấy thư/);
    expect(store.mailbox.loadSecret(account)).toBeUndefined();
    store.close();
  });
});
