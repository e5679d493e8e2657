import type { Decision } from '../model/round';
import type { MeasureKey } from '../model/template';
import type { AuditLog } from './audit-log';
import type { Db } from './database';

export type NewDecision = Omit<Decision, 'id' | 'at' | 'undoneAt' | 'undoneBy'>;

interface DecisionRow {
  id: number;
  round_id: number;
  kind: Decision['kind'];
  unit_code: string | null;
  submission_id: number | null;
  row_code: string | null;
  measure: MeasureKey | null;
  value: number | null;
  old_value: number | null;
  cell: string | null;
  warnings: string | null;
  reason: string;
  actor: string;
  at: string;
  undone_at: string | null;
  undone_by: string | null;
}

function toDecision(r: DecisionRow): Decision {
  return {
    id: r.id,
    roundId: r.round_id,
    kind: r.kind,
    unitCode: r.unit_code,
    fileId: r.submission_id,
    ...(r.row_code !== null ? { row: r.row_code } : {}),
    ...(r.measure !== null ? { measure: r.measure } : {}),
    ...(r.value !== null ? { value: r.value } : {}),
    ...(r.old_value !== null ? { oldValue: r.old_value } : {}),
    ...(r.cell !== null ? { cell: r.cell } : {}),
    ...(r.warnings !== null ? { warnings: JSON.parse(r.warnings) as string[] } : {}),
    reason: r.reason,
    by: r.actor,
    at: r.at,
    ...(r.undone_at ? { undoneAt: r.undone_at, undoneBy: r.undone_by ?? '' } : {}),
  };
}

const entity = 'decision';

/** The specialist's manual decisions: kept apart from the derived verdicts, audited, undoable. */
export class DecisionsRepo {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  add(d: NewDecision): Decision {
    const at = new Date().toISOString();
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO decisions (round_id, kind, unit_code, submission_id, row_code, measure, value, old_value, cell, warnings, reason, actor, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(d.roundId, d.kind, d.unitCode, d.fileId, d.row ?? null, d.measure ?? null, d.value ?? null, d.oldValue ?? null, d.cell ?? null, d.warnings ? JSON.stringify(d.warnings) : null, d.reason, d.by, at)
        .lastInsertRowid,
    );
    const decision = this.get(id)!;
    this.audit.record({ actor: d.by, entity, entityId: String(id), field: d.kind, oldValue: null, newValue: JSON.stringify(decision), reason: d.reason });
    return decision;
  }

  get(id: number): Decision | undefined {
    const row = this.db.prepare('SELECT * FROM decisions WHERE id = ?').get(id) as DecisionRow | undefined;
    return row && toDecision(row);
  }

  /** Every decision of the round, undone ones included, oldest first: the round's history. */
  history(roundId: number): Decision[] {
    return (this.db.prepare('SELECT * FROM decisions WHERE round_id = ? ORDER BY id').all(roundId) as DecisionRow[]).map(toDecision);
  }

  /** The decisions that stand, oldest first (a later one of the same kind on the same thing wins). */
  standing(roundId: number): Decision[] {
    return (this.db.prepare('SELECT * FROM decisions WHERE round_id = ? AND undone_at IS NULL ORDER BY id').all(roundId) as DecisionRow[]).map(toDecision);
  }

  undo(id: number, actor: string, reason: string): Decision {
    const at = new Date().toISOString();
    this.db.prepare('UPDATE decisions SET undone_at = ?, undone_by = ? WHERE id = ? AND undone_at IS NULL').run(at, actor, id);
    this.audit.record({ actor, entity, entityId: String(id), field: 'undone', oldValue: null, newValue: at, reason });
    return this.get(id)!;
  }
}
