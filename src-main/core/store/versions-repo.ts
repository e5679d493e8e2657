import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputKind, StoredOutput } from '../model/round';
import type { Db } from './database';

export interface Versioned<T> {
  id: number;
  version: number;
  at: string;
  by: string;
  body: T;
}

/** What a version is of: the round's consolidation, or its report draft. */
type VersionKind = 'consolidation' | 'draft';

/**
 * What a round produced, in versions: its consolidations, its report drafts as the
 * specialist edited them, and the output files, kept in `outputs/` beside the database.
 */
export class VersionsRepo {
  constructor(
    private readonly db: Db,
    private readonly outputsDir: string,
  ) {}

  private add(kind: VersionKind, roundId: number, body: unknown, actor: string): Versioned<unknown> {
    const at = new Date().toISOString();
    const version = this.db.prepare('SELECT coalesce(max(version), 0) + 1 FROM round_versions WHERE round_id = ? AND kind = ?').pluck().get(roundId, kind) as number;
    const id = Number(
      this.db.prepare('INSERT INTO round_versions (round_id, kind, version, at, actor, body) VALUES (?, ?, ?, ?, ?, ?)').run(roundId, kind, version, at, actor, JSON.stringify(body)).lastInsertRowid,
    );
    return { id, version, at, by: actor, body };
  }

  private latest<T>(kind: VersionKind, roundId: number): Versioned<T> | undefined {
    const row = this.db.prepare('SELECT id, version, at, actor, body FROM round_versions WHERE round_id = ? AND kind = ? ORDER BY version DESC LIMIT 1').get(roundId, kind) as
      | { id: number; version: number; at: string; actor: string; body: string }
      | undefined;
    return row && { id: row.id, version: row.version, at: row.at, by: row.actor, body: JSON.parse(row.body) as T };
  }

  addConsolidation<T>(roundId: number, body: T, actor: string): Versioned<T> {
    return this.add('consolidation', roundId, body, actor) as Versioned<T>;
  }

  latestConsolidation<T>(roundId: number): Versioned<T> | undefined {
    return this.latest<T>('consolidation', roundId);
  }

  addDraft<T>(roundId: number, body: T, actor: string): Versioned<T> {
    return this.add('draft', roundId, body, actor) as Versioned<T>;
  }

  latestDraft<T>(roundId: number): Versioned<T> | undefined {
    return this.latest<T>('draft', roundId);
  }

  /** Writes an output file into the round's folder and records it; the file name keeps its version. */
  addOutput(roundId: number, consolidationId: number | null, kind: OutputKind, fileName: string, bytes: Buffer): StoredOutput {
    const at = new Date().toISOString();
    const id = Number(
      this.db
        .prepare('INSERT INTO outputs (round_id, consolidation_id, kind, file_name, path, at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(roundId, consolidationId, kind, fileName, '', at).lastInsertRowid,
    );
    const relative = join(String(roundId), `${id}-${fileName}`);
    mkdirSync(join(this.outputsDir, String(roundId)), { recursive: true });
    writeFileSync(join(this.outputsDir, relative), bytes);
    this.db.prepare('UPDATE outputs SET path = ? WHERE id = ?').run(relative, id);
    return { id, kind, fileName, at };
  }

  outputs(roundId: number, consolidationId?: number): StoredOutput[] {
    const rows = this.db
      .prepare(`SELECT id, kind, file_name, at FROM outputs WHERE round_id = ? ${consolidationId === undefined ? '' : 'AND consolidation_id = ?'} ORDER BY id DESC`)
      .all(...(consolidationId === undefined ? [roundId] : [roundId, consolidationId])) as Array<{ id: number; kind: OutputKind; file_name: string; at: string }>;
    return rows.map((r) => ({ id: r.id, kind: r.kind, fileName: r.file_name, at: r.at }));
  }

  output(id: number): (StoredOutput & { roundId: number; file: string }) | undefined {
    const row = this.db.prepare('SELECT id, round_id, kind, file_name, path, at FROM outputs WHERE id = ?').get(id) as
      | { id: number; round_id: number; kind: OutputKind; file_name: string; path: string; at: string }
      | undefined;
    return row && { id: row.id, roundId: row.round_id, kind: row.kind, fileName: row.file_name, at: row.at, file: join(this.outputsDir, row.path) };
  }

  /** The output's bytes; undefined when it is not recorded or its file was removed from the data folder. */
  readOutput(id: number): Buffer | undefined {
    const out = this.output(id);
    return out && existsSync(out.file) ? readFileSync(out.file) : undefined;
  }
}
