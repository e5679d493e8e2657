import { dirname, join } from 'node:path';
import type { Campaign } from '../model/consolidation';
import type { ExtractedValue } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { TextSection } from '../model/source';
import type { Template } from '../model/template';
import type { Unit } from '../model/unit';
import { openDatabase, type Db } from './database';
import { OriginalsStore } from './originals';

/** How far a received file could be read. */
export type ReadStatus = 'read' | 'unreadable' | 'attachment';

/** One received file, read and checked, ready to be recorded. */
export interface ImportedFile {
  bytes: Buffer;
  fileName: string;
  origin: string;
  /** The email or standalone file it arrived in: files of one container are one submission. */
  container: string;
  sender?: string;
  subject?: string;
  receivedAt?: string;
  kind: string;
  unitCode: string | null;
  matchBy?: string;
  matchEvidence?: string;
  status: ReadStatus;
  hasTable: boolean;
  sections: TextSection[];
  values: ExtractedValue[];
  findings: Finding[];
}

/** A recorded file as consolidation sees it. */
export interface StoredSubmission {
  id: number;
  sha256: string;
  fileName: string;
  origin: string;
  container: string;
  sender: string | null;
  receivedAt: string | null;
  kind: string;
  unitCode: string | null;
  matchBy: string | null;
  matchEvidence: string | null;
  status: ReadStatus;
  hasTable: boolean;
  sections: TextSection[];
  values: ExtractedValue[];
  findings: Finding[];
}

export interface ImportSummary {
  added: number;
  alreadyThere: number;
}

export interface AuditEntry {
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
}

/** The one source of truth: the SQLite database and the originals beside it. */
export class Store {
  readonly db: Db;
  readonly originals: OriginalsStore;

  /** `originalsDir` defaults to the `originals` folder beside the database file. */
  constructor(
    readonly file: string,
    originalsDir = join(dirname(file), 'originals'),
  ) {
    this.db = openDatabase(file);
    this.originals = new OriginalsStore(originalsDir);
  }

  close(): void {
    this.db.close();
  }

  saveTemplate(template: Template, builtin: boolean): void {
    this.db
      .prepare('INSERT OR IGNORE INTO templates (id, version, name, body, builtin) VALUES (?, ?, ?, ?, ?)')
      .run(template.id, template.version, template.name, JSON.stringify(template), builtin ? 1 : 0);
  }

  /** Adds or updates units; a unit found only in documents never overwrites a registry unit. */
  saveUnits(units: Unit[], inRegistry: boolean): void {
    const upsert = this.db.prepare(`
      INSERT INTO units (code, name, emails, type, students, in_registry) VALUES (@code, @name, @emails, @type, @students, @inRegistry)
      ON CONFLICT (code) DO UPDATE SET name = excluded.name, emails = excluded.emails, type = excluded.type,
        students = excluded.students, in_registry = excluded.in_registry
      WHERE excluded.in_registry >= units.in_registry`);
    this.db.transaction(() => {
      for (const u of units) {
        upsert.run({ code: u.code, name: u.name, emails: JSON.stringify(u.emails), type: u.type ?? null, students: u.students ?? null, inRegistry: inRegistry ? 1 : 0 });
      }
    })();
  }

  units(onlyRegistry = false): Unit[] {
    const rows = this.db
      .prepare(`SELECT code, name, emails, type, students FROM units ${onlyRegistry ? 'WHERE in_registry = 1' : ''} ORDER BY code`)
      .all() as Array<{ code: string; name: string; emails: string; type: string | null; students: number | null }>;
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      emails: JSON.parse(r.emails) as string[],
      ...(r.type ? { type: r.type } : {}),
      ...(r.students != null ? { students: r.students } : {}),
    }));
  }

  registryUnitCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM units WHERE in_registry = 1').get() as { n: number }).n;
  }

  /** The round of a template's campaign for a year, created on first use. */
  ensureRound(template: Template, campaign: Campaign): number {
    this.saveTemplate(template, false);
    const found = this.db.prepare('SELECT id FROM rounds WHERE template_id = ? AND year = ?').get(template.id, campaign.year) as
      | { id: number }
      | undefined;
    if (found) return found.id;
    return Number(
      this.db
        .prepare(
          'INSERT INTO rounds (template_id, template_version, year, week_start, week_end, deadline, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(template.id, template.version, campaign.year, campaign.weekStart, campaign.weekEnd, campaign.deadline, new Date().toISOString())
        .lastInsertRowid,
    );
  }

  /**
   * Records a batch in one transaction: originals copied first (content-addressed, so a
   * rolled-back batch leaves only harmless unreferenced files), then the rows. A file
   * already recorded from the same place with the same bytes is left as it was.
   */
  recordImport(roundId: number, files: ImportedFile[]): ImportSummary {
    const hashes = files.map((f) => this.originals.put(f.bytes));
    const now = new Date().toISOString();
    const insOriginal = this.db.prepare('INSERT OR IGNORE INTO originals (sha256, size, stored_at) VALUES (?, ?, ?)');
    const insSubmission = this.db.prepare(`
      INSERT OR IGNORE INTO submissions (round_id, sha256, file_name, origin, container, sender, subject, received_at, kind,
        unit_code, match_by, match_evidence, has_table, sections, status, imported_at)
      VALUES (@roundId, @sha, @fileName, @origin, @container, @sender, @subject, @receivedAt, @kind,
        @unitCode, @matchBy, @matchEvidence, @hasTable, @sections, @status, @now)`);
    const insValue = this.db.prepare('INSERT OR REPLACE INTO extracted_values (submission_id, row_code, measure, value, cell, raw) VALUES (?, ?, ?, ?, ?, ?)');
    const insFinding = this.db.prepare('INSERT INTO findings (submission_id, severity, rule, cell, message) VALUES (?, ?, ?, ?, ?)');
    const summary: ImportSummary = { added: 0, alreadyThere: 0 };
    this.db.transaction(() => {
      files.forEach((f, i) => {
        insOriginal.run(hashes[i], f.bytes.length, now);
        const res = insSubmission.run({
          roundId,
          sha: hashes[i],
          fileName: f.fileName,
          origin: f.origin,
          container: f.container,
          sender: f.sender ?? null,
          subject: f.subject ?? null,
          receivedAt: f.receivedAt ?? null,
          kind: f.kind,
          unitCode: f.unitCode,
          matchBy: f.matchBy ?? null,
          matchEvidence: f.matchEvidence ?? null,
          hasTable: f.hasTable ? 1 : 0,
          sections: JSON.stringify(f.sections),
          status: f.status,
          now,
        });
        if (res.changes === 0) {
          summary.alreadyThere++;
          return;
        }
        summary.added++;
        const id = Number(res.lastInsertRowid);
        for (const v of f.values) insValue.run(id, v.row, v.measure, v.value, v.where, v.raw);
        for (const fd of f.findings) insFinding.run(id, fd.severity, fd.rule, fd.where, fd.message);
      });
    })();
    return summary;
  }

  submissions(roundId: number): StoredSubmission[] {
    const subs = this.db
      .prepare(
        `SELECT id, sha256, file_name, origin, container, sender, received_at, kind, unit_code, match_by, match_evidence,
                status, has_table, sections FROM submissions WHERE round_id = ? ORDER BY id`,
      )
      .all(roundId) as Array<Record<string, string | number | null>>;
    const values = this.groupBySubmission(
      this.db
        .prepare(
          `SELECT v.submission_id AS sid, v.row_code, v.measure, v.value, v.cell, v.raw FROM extracted_values v
           JOIN submissions s ON s.id = v.submission_id WHERE s.round_id = ?`,
        )
        .all(roundId) as Array<{ sid: number; row_code: string; measure: ExtractedValue['measure']; value: number; cell: string; raw: string }>,
      (r) => ({ row: r.row_code, measure: r.measure, value: r.value, where: r.cell, raw: r.raw }),
    );
    const findings = this.groupBySubmission(
      this.db
        .prepare(
          `SELECT f.submission_id AS sid, f.severity, f.rule, f.cell, f.message FROM findings f
           JOIN submissions s ON s.id = f.submission_id WHERE s.round_id = ? ORDER BY f.id`,
        )
        .all(roundId) as Array<{ sid: number; severity: Finding['severity']; rule: string; cell: string | null; message: string }>,
      (r) => ({ severity: r.severity, rule: r.rule, where: r.cell, message: r.message }),
    );
    return subs.map((s) => ({
      id: s.id as number,
      sha256: s.sha256 as string,
      fileName: s.file_name as string,
      origin: s.origin as string,
      container: s.container as string,
      sender: s.sender as string | null,
      receivedAt: s.received_at as string | null,
      kind: s.kind as string,
      unitCode: s.unit_code as string | null,
      matchBy: s.match_by as string | null,
      matchEvidence: s.match_evidence as string | null,
      status: s.status as ReadStatus,
      hasTable: s.has_table === 1,
      sections: JSON.parse(s.sections as string) as TextSection[],
      values: values.get(s.id as number) ?? [],
      findings: findings.get(s.id as number) ?? [],
    }));
  }

  private groupBySubmission<R extends { sid: number }, T>(rows: R[], map: (r: R) => T): Map<number, T[]> {
    const out = new Map<number, T[]>();
    for (const r of rows) {
      const list = out.get(r.sid) ?? [];
      list.push(map(r));
      out.set(r.sid, list);
    }
    return out;
  }

  /** Every manual change goes through here: who, when, old, new, why. */
  audit(entry: AuditEntry): void {
    this.db
      .prepare('INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), entry.actor, entry.entity, entry.entityId, entry.field, entry.oldValue, entry.newValue, entry.reason);
  }

  /** Ties a file to another unit by hand, audited. */
  reassignSubmission(submissionId: number, unitCode: string | null, actor: string, reason: string): void {
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT unit_code FROM submissions WHERE id = ?').get(submissionId) as { unit_code: string | null } | undefined;
      if (!old) throw new Error(`Không có tệp số ${submissionId} trong kho.`);
      this.db.prepare("UPDATE submissions SET unit_code = ?, match_by = 'manual', match_evidence = ? WHERE id = ?").run(unitCode, reason, submissionId);
      this.audit({ actor, entity: 'submission', entityId: String(submissionId), field: 'unit_code', oldValue: old.unit_code, newValue: unitCode, reason });
    })();
  }

  getSetting<T>(key: string): T | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  setSetting(key: string, value: unknown, actor = 'app'): void {
    this.db.transaction(() => {
      const old = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      const json = JSON.stringify(value);
      this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, json);
      if (old?.value !== json) this.audit({ actor, entity: 'setting', entityId: key, field: 'value', oldValue: old?.value ?? null, newValue: json, reason: 'Cập nhật cài đặt' });
    })();
  }
}
