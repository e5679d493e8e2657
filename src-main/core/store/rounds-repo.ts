import type { Round, RoundLevel } from '../model/round';
import type { AuditLog } from './audit-log';
import type { Db } from './database';

export type NewRound = Omit<Round, 'id' | 'closed' | 'createdAt'>;
export type RoundChanges = Partial<Pick<Round, 'name' | 'level' | 'weekStart' | 'weekEnd' | 'deadline' | 'closed'>>;

interface RoundRow {
  id: number;
  name: string;
  template_id: string;
  template_version: string;
  level: RoundLevel;
  year: number;
  week_start: string;
  week_end: string;
  deadline: string;
  closed: number;
  created_at: string;
}

const COLUMNS = 'id, name, template_id, template_version, level, year, week_start, week_end, deadline, closed, created_at';

function toRound(r: RoundRow): Round {
  return {
    id: r.id,
    name: r.name,
    templateId: r.template_id,
    templateVersion: r.template_version,
    level: r.level,
    year: r.year,
    weekStart: r.week_start,
    weekEnd: r.week_end,
    deadline: r.deadline,
    closed: r.closed === 1,
    createdAt: r.created_at,
  };
}

/** The column of each editable field, for the update and its audit. */
const FIELD_COLUMNS = { name: 'name', level: 'level', weekStart: 'week_start', weekEnd: 'week_end', deadline: 'deadline', closed: 'closed' } as const;

/** The reporting rounds (đợt báo cáo): several per year and template. */
export class RoundsRepo {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  create(round: NewRound, actor: string): Round {
    const createdAt = new Date().toISOString();
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO rounds (name, template_id, template_version, level, year, week_start, week_end, deadline, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(round.name, round.templateId, round.templateVersion, round.level, round.year, round.weekStart, round.weekEnd, round.deadline, createdAt)
        .lastInsertRowid,
    );
    this.audit.record({ actor, entity: 'round', entityId: String(id), field: 'created', oldValue: null, newValue: JSON.stringify(round), reason: 'Tạo đợt báo cáo' });
    return this.get(id)!;
  }

  get(id: number): Round | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM rounds WHERE id = ?`).get(id) as RoundRow | undefined;
    return row && toRound(row);
  }

  /** Newest first. */
  list(): Round[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM rounds ORDER BY year DESC, id DESC`).all() as RoundRow[]).map(toRound);
  }

  /** The newest round of a template and year: the one the command line adds to. */
  latestFor(templateId: string, year: number, level: RoundLevel): Round | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM rounds WHERE template_id = ? AND year = ? AND level = ? ORDER BY id DESC LIMIT 1`).get(templateId, year, level) as
      | RoundRow
      | undefined;
    return row && toRound(row);
  }

  /** Changes the given fields, each audited with its old and new value. */
  update(id: number, changes: RoundChanges, actor: string, reason: string): Round {
    const before = this.get(id);
    if (!before) throw new Error(`Không có đợt báo cáo số ${id}.`);
    for (const key of Object.keys(FIELD_COLUMNS) as Array<keyof RoundChanges>) {
      const value = changes[key];
      if (value === undefined || value === before[key]) continue;
      this.db.prepare(`UPDATE rounds SET ${FIELD_COLUMNS[key]} = ? WHERE id = ?`).run(typeof value === 'boolean' ? Number(value) : value, id);
      this.audit.record({ actor, entity: 'round', entityId: String(id), field: key, oldValue: String(before[key]), newValue: String(value), reason });
    }
    return this.get(id)!;
  }
}
