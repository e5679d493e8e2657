import type { ExtractedValue, ListEntry } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { ReceivedFile } from '../model/received';
import type { BatchFile, BatchFileOutcome, ImportBatch } from '../model/round';
import type { TextSection } from '../model/source';
import type { ReadOutcome, ReadStatus, ReceivedRecord, StoredSubmission, Verdict } from '../model/submission';
import type { Db } from './database';
import type { OriginalsStore } from './originals';

/** One thing an import received: a file read (or not), or a part that could not be opened at all. */
export interface Arrival {
  file: ReceivedFile;
  /** The email or standalone file it arrived in. */
  container: string;
  outcome?: ReadOutcome;
  /** Why it could not be opened at all (then it has no bytes and no outcome). */
  problem?: string;
}

export interface RecordedBatch {
  batchId: number;
  /** The submission of each arrival, in order, its content address, and whether it was there before. */
  ids: Array<{ id: number; sha256: string; existed: boolean }>;
}

const OUTCOMES: BatchFileOutcome[] = ['tied', 'unidentified', 'unreadable', 'attachment', 'already-there'];

/** What was received in each round, what the readers made of it, and the verdicts derived from both. */
export class ReceivedRepo {
  constructor(
    private readonly db: Db,
    private readonly originals: OriginalsStore,
  ) {}

  /**
   * Records an import's arrivals as one batch. Originals are copied first (content-addressed,
   * so a rolled-back batch leaves only harmless unreferenced files). A file already recorded
   * from the same place with the same bytes is left as it was. Verdicts follow by `saveVerdicts`.
   */
  record(roundId: number, source: string, actor: string, arrivals: Arrival[], readerVersion: number): RecordedBatch {
    const now = new Date().toISOString();
    const hashes = arrivals.map((a) => this.originals.put(a.file.bytes));
    const batchId = Number(this.db.prepare('INSERT INTO import_batches (round_id, at, source, actor) VALUES (?, ?, ?, ?)').run(roundId, now, source, actor).lastInsertRowid);
    const insOriginal = this.db.prepare('INSERT OR IGNORE INTO originals (sha256, size, stored_at) VALUES (?, ?, ?)');
    const insOutcome = this.db.prepare('INSERT OR REPLACE INTO read_outcomes (sha256, file_name, reader_version, outcome) VALUES (?, ?, ?, ?)');
    const insSubmission = this.db.prepare(`
      INSERT OR IGNORE INTO submissions (round_id, sha256, file_name, origin, container, sender, subject, received_at, sender_chain,
        problem, kind, status, batch_id, imported_at)
      VALUES (@roundId, @sha, @fileName, @origin, @container, @sender, @subject, @receivedAt, @senderChain,
        @problem, @kind, @status, @batchId, @now)`);
    const existing = this.db.prepare('SELECT id FROM submissions WHERE round_id = ? AND origin = ? AND sha256 = ?').pluck();
    const ids = arrivals.map((a, i) => {
      insOriginal.run(hashes[i], a.file.bytes.length, now);
      if (a.outcome) insOutcome.run(hashes[i], a.file.name, readerVersion, JSON.stringify(a.outcome));
      const res = insSubmission.run({
        roundId,
        sha: hashes[i],
        fileName: a.file.name,
        origin: a.file.origin,
        container: a.container,
        sender: a.file.sender ?? null,
        subject: a.file.subject ?? null,
        receivedAt: a.file.receivedAt ?? null,
        senderChain: a.file.senderChain ? JSON.stringify(a.file.senderChain) : null,
        problem: a.problem ?? null,
        kind: a.outcome?.kind ?? 'unknown',
        status: a.outcome?.status ?? 'unreadable',
        batchId,
        now,
      });
      const sha256 = hashes[i];
      return res.changes ? { id: Number(res.lastInsertRowid), sha256, existed: false } : { id: existing.get(roundId, a.file.origin, sha256) as number, sha256, existed: true };
    });
    return { batchId, ids };
  }

  /** Every file received in the round, as a re-check needs it. */
  records(roundId: number): ReceivedRecord[] {
    const rows = this.db
      .prepare(
        `SELECT id, sha256, file_name, origin, container, sender, subject, received_at, sender_chain, problem
         FROM submissions WHERE round_id = ? ORDER BY id`,
      )
      .all(roundId) as Array<Record<string, string | number | null>>;
    return rows.map((r) => ({
      id: r.id as number,
      sha256: r.sha256 as string,
      fileName: r.file_name as string,
      origin: r.origin as string,
      container: r.container as string,
      ...(r.sender ? { sender: r.sender as string } : {}),
      ...(r.subject ? { subject: r.subject as string } : {}),
      ...(r.received_at ? { receivedAt: r.received_at as string } : {}),
      ...(r.sender_chain ? { senderChain: JSON.parse(r.sender_chain as string) as string[] } : {}),
      ...(r.problem ? { problem: r.problem as string } : {}),
    }));
  }

  /** What the reader of that version made of these bytes under that name, if it was stored. */
  outcome(sha256: string, fileName: string, readerVersion: number): ReadOutcome | undefined {
    const json = this.db.prepare('SELECT outcome FROM read_outcomes WHERE sha256 = ? AND file_name = ? AND reader_version = ?').pluck().get(sha256, fileName, readerVersion) as
      | string
      | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as ReadOutcome);
  }

  saveOutcome(sha256: string, fileName: string, readerVersion: number, outcome: ReadOutcome): void {
    this.db.prepare('INSERT OR REPLACE INTO read_outcomes (sha256, file_name, reader_version, outcome) VALUES (?, ?, ?, ?)').run(sha256, fileName, readerVersion, JSON.stringify(outcome));
  }

  /** Replaces the derived part of each file's record: its unit, what was read, its findings. */
  saveVerdicts(verdicts: Array<{ id: number; verdict: Verdict }>): void {
    const update = this.db.prepare(`
      UPDATE submissions SET kind = @kind, unit_code = @unitCode, match_by = @matchBy, match_evidence = @matchEvidence,
        has_table = @hasTable, sections = @sections, entries = @entries, numbers = @numbers, status = @status WHERE id = @id`);
    const delFindings = this.db.prepare('DELETE FROM findings WHERE submission_id = ?');
    const insFinding = this.db.prepare('INSERT INTO findings (submission_id, severity, rule, cell, message) VALUES (?, ?, ?, ?, ?)');
    for (const { id, verdict: v } of verdicts) {
      update.run({
        id,
        kind: v.kind,
        unitCode: v.unitCode,
        matchBy: v.matchBy ?? null,
        matchEvidence: v.matchEvidence ?? null,
        hasTable: v.hasTable ? 1 : 0,
        sections: JSON.stringify(v.sections),
        entries: JSON.stringify(v.entries ?? []),
        numbers: JSON.stringify(storedNumbers(v.values)),
        status: v.status,
      });
      delFindings.run(id);
      for (const f of v.findings) insFinding.run(id, f.severity, f.rule, f.where, f.message);
    }
  }

  /**
   * Every file of the round with its verdict. `withValues: false` leaves the numbers out: the
   * round's progress needs only the states, and the numbers are most of what a large round holds.
   */
  submissions(roundId: number, { withValues = true }: { withValues?: boolean } = {}): StoredSubmission[] {
    const subs = this.db
      .prepare(
        `SELECT id, sha256, file_name, origin, container, sender, received_at, kind, unit_code, match_by, match_evidence,
                status, has_table, sections, ${withValues ? 'entries, numbers' : "'[]' AS entries, '[]' AS numbers"} FROM submissions WHERE round_id = ? ORDER BY id`,
      )
      .all(roundId) as Array<Record<string, string | number | null>>;
    const findings = groupBySubmission(
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
      values: (JSON.parse(s.numbers as string) as StoredNumber[]).map(([row, measure, value, where, raw]) => ({ row, measure, value, where, raw })),
      entries: JSON.parse(s.entries as string) as ListEntry[],
      findings: findings.get(s.id as number) ?? [],
    }));
  }

  /** The round a received file belongs to. */
  roundOf(submissionId: number): number | undefined {
    return this.db.prepare('SELECT round_id FROM submissions WHERE id = ?').pluck().get(submissionId) as number | undefined;
  }

  setBatchFiles(batchId: number, files: BatchFile[]): void {
    const ins = this.db.prepare('INSERT INTO batch_files (batch_id, submission_id, file_name, origin, outcome, unit_code, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const f of files) ins.run(batchId, f.fileId, f.fileName, f.origin, f.outcome, f.unitCode, f.reason);
  }

  /** The round's imports, newest first, each with what became of its files. */
  batches(roundId: number): ImportBatch[] {
    const batches = this.db.prepare('SELECT id, at, source FROM import_batches WHERE round_id = ? ORDER BY id DESC').all(roundId) as Array<{ id: number; at: string; source: string }>;
    const files = this.db.prepare(
      `SELECT b.submission_id, b.file_name, b.origin, b.outcome, b.unit_code, u.name AS unit_name, b.reason
       FROM batch_files b LEFT JOIN units u ON u.code = b.unit_code WHERE b.batch_id = ? ORDER BY b.id`,
    );
    return batches.map((b) => {
      const list = (files.all(b.id) as Array<Record<string, string | number | null>>).map(
        (f): BatchFile => ({
          fileId: f.submission_id as number | null,
          fileName: f.file_name as string,
          origin: f.origin as string,
          outcome: f.outcome as BatchFileOutcome,
          unitCode: f.unit_code as string | null,
          unitName: f.unit_name as string | null,
          reason: f.reason as string | null,
        }),
      );
      const counts = Object.fromEntries(OUTCOMES.map((o) => [o, list.filter((f) => f.outcome === o).length])) as Record<BatchFileOutcome, number>;
      return { id: b.id, roundId, at: b.at, source: b.source, counts, files: list };
    });
  }
}

function groupBySubmission<R extends { sid: number }, T>(rows: R[], map: (r: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.sid) ?? [];
    list.push(map(r));
    out.set(r.sid, list);
  }
  return out;
}

/** A number as stored in its file's `numbers`: [row, measure, value, cell, raw]. */
type StoredNumber = [string, ExtractedValue['measure'], number, string, string];

/** A number as stored: JSON would let through what a typed column refuses (an object, NaN, no cell). */
function storedNumber(val: ExtractedValue): StoredNumber {
  if (typeof val.value !== 'number' || !Number.isFinite(val.value)) throw new TypeError(`giá trị ở ${val.where} không phải là một số`);
  for (const text of [val.row, val.measure, val.where, val.raw]) {
    if (typeof text !== 'string') throw new TypeError(`giá trị ở ${String(val.where)} thiếu dòng, cột hoặc ô`);
  }
  return [val.row, val.measure, val.value, val.where, val.raw];
}

/** One number per row and measure (the last read), in the order of rows then measures, as the table's key kept them. */
function storedNumbers(values: ExtractedValue[]): StoredNumber[] {
  const byKey = new Map<string, StoredNumber>();
  for (const val of values) byKey.set(`${val.row}\u0000${val.measure}`, storedNumber(val));
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((a, b) => byCode(a[0], b[0]) || byCode(a[1], b[1]));
}
