/**
 * The desktop app's mailbox passwords, encrypted by the operating system's keychain through
 * Electron's safeStorage; only the encrypted bytes reach the store. The shell passes
 * `safeStorage` in (this module imports nothing of Electron, so it loads anywhere).
 */
import type { SafeStorage } from 'electron';
import type { SecretBlobs, SecretStore } from '../core/mailbox/secret-store';
import { Store } from '../core/store/store';

type Cipher = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export function safeStorageSecrets(blobs: SecretBlobs, cipher: Cipher): SecretStore {
  return {
    async password(account) {
      const blob = blobs.loadSecret(account);
      if (!blob || !cipher.isEncryptionAvailable()) return undefined;
      try {
        return cipher.decryptString(blob);
      } catch {
        // Encrypted under another user account or keychain: the password must be typed again.
        return undefined;
      }
    },
    async remember(account, password) {
      if (!cipher.isEncryptionAvailable()) {
        throw new Error('Máy này chưa có kho khoá của hệ điều hành nên không lưu mật khẩu được an toàn: hãy nhập mật khẩu mỗi lần lấy thư.');
      }
      blobs.saveSecret(account, cipher.encryptString(password));
    },
  };
}

/** The same, keeping the encrypted bytes in the store at `dbFile` (opened for each use, like every request). */
export function safeStorageSecretsIn(dbFile: string, cipher: Cipher): SecretStore {
  const inStore = <T>(use: (store: Store) => T): T => {
    const store = new Store(dbFile);
    try {
      return use(store);
    } finally {
      store.close();
    }
  };
  return safeStorageSecrets(
    { loadSecret: (account) => inStore((s) => s.mailbox.loadSecret(account)), saveSecret: (account, blob) => inStore((s) => s.mailbox.saveSecret(account, blob)) },
    cipher,
  );
}
