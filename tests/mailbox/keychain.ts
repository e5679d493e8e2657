import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * What safeStorage does, for a test outside Electron: encryption with a key the operating
 * system keeps (here, one per "user account").
 */
export function keychain(available = true) {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString(text: string): Buffer {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(blob: Buffer): string {
      const d = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      d.setAuthTag(blob.subarray(12, 28));
      return Buffer.concat([d.update(blob.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

