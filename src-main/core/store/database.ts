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
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
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
  db.transaction(() => {
    for (let v = current; v < migrations.length; v++) db.exec(migrations[v]);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
