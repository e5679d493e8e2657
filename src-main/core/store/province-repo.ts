import type { AuditLog } from './audit-log';
import type { Db } from './database';

export interface StoredMapping<M> {
  mapping: M;
  confirmedAt: string;
}

/** The province workbook a template's rounds fill, as the specialist picked it once. */
export interface ProvinceWorkbookRef {
  templateId: string;
  sha256: string;
  fileName: string;
  at: string;
}

/** Confirmed mappings into the province's workbooks (by the workbook's fingerprint), and the workbook of each template. */
export class ProvinceRepo {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  mapping<M>(fingerprint: string): StoredMapping<M> | undefined {
    const row = this.db.prepare('SELECT mapping, confirmed_at FROM province_mappings WHERE fingerprint = ?').get(fingerprint) as
      | { mapping: string; confirmed_at: string }
      | undefined;
    return row && { mapping: JSON.parse(row.mapping) as M, confirmedAt: row.confirmed_at };
  }

  /** Stores a confirmed mapping for its workbook's fingerprint, replacing an earlier one; audited. Returns the time of the confirmation. */
  saveMapping(fingerprint: string, mapping: unknown, actor: string, reason: string): string {
    const at = new Date().toISOString();
    const json = JSON.stringify(mapping);
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT mapping FROM province_mappings WHERE fingerprint = ?').pluck().get(fingerprint) as string | undefined;
      this.db
        .prepare(
          `INSERT INTO province_mappings (fingerprint, mapping, confirmed_at) VALUES (?, ?, ?)
           ON CONFLICT (fingerprint) DO UPDATE SET mapping = excluded.mapping, confirmed_at = excluded.confirmed_at`,
        )
        .run(fingerprint, json, at);
      this.audit.record({ actor, entity: 'province_mapping', entityId: fingerprint, field: 'mapping', oldValue: old ?? null, newValue: json, reason });
    })();
    return at;
  }

  workbookOf(templateId: string): ProvinceWorkbookRef | undefined {
    const row = this.db.prepare('SELECT template_id, sha256, file_name, at FROM province_workbooks WHERE template_id = ?').get(templateId) as
      | { template_id: string; sha256: string; file_name: string; at: string }
      | undefined;
    return row && { templateId: row.template_id, sha256: row.sha256, fileName: row.file_name, at: row.at };
  }

  /** Remembers the workbook (already among the originals) for the template's rounds. */
  rememberWorkbook(templateId: string, sha256: string, size: number, fileName: string): void {
    const at = new Date().toISOString();
    this.db.prepare('INSERT OR IGNORE INTO originals (sha256, size, stored_at) VALUES (?, ?, ?)').run(sha256, size, at);
    this.db
      .prepare(
        `INSERT INTO province_workbooks (template_id, sha256, file_name, at) VALUES (?, ?, ?, ?)
         ON CONFLICT (template_id) DO UPDATE SET sha256 = excluded.sha256, file_name = excluded.file_name, at = excluded.at`,
      )
      .run(templateId, sha256, fileName, at);
  }
}
