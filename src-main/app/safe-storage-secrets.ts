/**
 * The desktop app's mailbox passwords, encrypted by the operating system's keychain through
 * Electron's safeStorage; only the encrypted bytes reach the store. The shell passes
 * `safeStorage` in (this module imports nothing of Electron, so it loads anywhere).
 */
import type { SafeStorage } from 'electron';
import type { SecretBlobs, SecretStore } from '../core/mailbox/secret-store';

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
