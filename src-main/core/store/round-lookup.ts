/** Finding a stored round with its template and dates, for work that starts from a round (fetch, reminders). */
import type { RoundTarget } from '../job/record-batch';
import type { Template } from '../model/template';
import type { Store } from './store';

interface RoundRow {
  id: number;
  year: number;
  week_start: string;
  week_end: string;
  deadline: string;
  body: string;
}

const SELECT = `SELECT r.id, r.year, r.week_start, r.week_end, r.deadline, t.body FROM rounds r
  JOIN templates t ON t.id = r.template_id AND t.version = r.template_version`;

function toTarget(row: RoundRow | undefined): RoundTarget | undefined {
  if (!row) return undefined;
  return {
    roundId: row.id,
    template: JSON.parse(row.body) as Template,
    campaign: { year: row.year, weekStart: row.week_start, weekEnd: row.week_end, deadline: row.deadline },
  };
}

export function roundById(store: Store, id: number): RoundTarget | undefined {
  return toTarget(store.db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RoundRow | undefined);
}

/** The round of the latest year (the newest when several share it). */
export function latestRound(store: Store): RoundTarget | undefined {
  return toTarget(store.db.prepare(`${SELECT} ORDER BY r.year DESC, r.id DESC LIMIT 1`).get() as RoundRow | undefined);
}
