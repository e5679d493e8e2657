import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

export class StoreError extends Error {
  override name = 'StoreError';
}

/**
 * Opens (or creates) the store: WAL, foreign keys on, every pending migration in one
 * transaction. A store written by a newer version of the app is refused, never downgraded.
 */
export function openDatabase(file: string, opts: { scratch?: boolean } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    // Nothing of a scratch store outlives its run: flushing it to disk would be time for nothing.
    if (opts.scratch) db.pragma('synchronous = OFF');
    db.pragma('journal_mode = WAL');
  } catch (e) {
    throw new StoreError(`Không mở được kho dữ liệu ${file}: ${(e as Error).message}`);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new StoreError(
      `Kho dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${current}, phiên bản này biết đến ${migrations.length}). Hãy cập nhật ứng dụng.`,
    );
  }
  if (current === migrations.length) return;
  // A migration may rebuild a table others refer to (SQLite's documented procedure): with
  // foreign keys on, dropping the old table would cascade into its children. They are
  // checked before the migrations commit instead.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (let v = current; v < migrations.length; v++) db.exec(migrations[v]);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new StoreError(`Nâng cấp kho dữ liệu thất bại: ${broken.length} liên kết không còn đúng; kho được giữ nguyên.`);
      db.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
