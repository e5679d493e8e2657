import type { AuditLog } from './audit-log';
import type { Db } from './database';

/** The office's settings (key → JSON value), every change audited. */
export class SettingsRepo {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  get<T>(key: string): T | undefined {
    const value = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    return value === undefined ? undefined : (JSON.parse(value) as T);
  }

  set(key: string, value: unknown, actor = 'app'): void {
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
      const json = JSON.stringify(value);
      this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, json);
      if (old !== json) this.audit.record({ actor, entity: 'setting', entityId: key, field: 'value', oldValue: old ?? null, newValue: json, reason: 'Cập nhật cài đặt' });
    })();
  }
}
