import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, StoreError, type Db } from './database';
import { migrations } from './migrations';

/** A consistent copy of a live store, taken with SQLite's online backup. */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  await db.backup(destination);
}

/**
 * Replaces the store at `target` with a backup. The backup is opened (and migrated) first,
 * so a damaged or too-new file is refused before anything is replaced; the previous store
 * is kept as `<target>.truoc-khi-khoi-phuc`.
 */
export function restoreDatabase(backupFile: string, target: string): void {
  if (!existsSync(backupFile)) throw new StoreError(`Không tìm thấy bản sao lưu ${backupFile}.`);
  let check: Database.Database;
  try {
    check = new Database(backupFile, { readonly: true, fileMustExist: true });
    const ok = check.pragma('integrity_check', { simple: true });
    const version = check.pragma('user_version', { simple: true }) as number;
    check.close();
    if (ok !== 'ok') throw new Error(String(ok));
    if (version > migrations.length) throw new Error('bản sao lưu của phiên bản mới hơn của ứng dụng');
  } catch (e) {
    throw new StoreError(`Tệp ${backupFile} không phải bản sao lưu hợp lệ: ${(e as Error).message}`);
  }
  if (existsSync(target)) copyFileSync(target, `${target}.truoc-khi-khoi-phuc`);
  for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  copyFileSync(backupFile, target);
  openDatabase(target).close();
}
