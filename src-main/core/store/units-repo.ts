import type { Unit } from '../model/unit';
import type { Db } from './database';

interface UnitRow {
  code: string;
  name: string;
  emails: string;
  type: string | null;
  students: number | null;
  in_registry: number;
}

export interface StoredUnit extends Unit {
  inRegistry: boolean;
}

function toUnit(r: UnitRow): StoredUnit {
  return {
    code: r.code,
    name: r.name,
    emails: JSON.parse(r.emails) as string[],
    ...(r.type ? { type: r.type } : {}),
    ...(r.students != null ? { students: r.students } : {}),
    inRegistry: r.in_registry === 1,
  };
}

const plain = ({ inRegistry: _, ...unit }: StoredUnit): Unit => unit;

/** The unit registry, and the units the app made from documents of schools it does not know. */
export class UnitsRepo {
  constructor(private readonly db: Db) {}

  /** Adds or updates units; a unit found only in documents never overwrites a registry unit. */
  save(units: Unit[], inRegistry: boolean): void {
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

  records(onlyRegistry = false): StoredUnit[] {
    const rows = this.db
      .prepare(`SELECT code, name, emails, type, students, in_registry FROM units ${onlyRegistry ? 'WHERE in_registry = 1' : ''} ORDER BY code`)
      .all() as UnitRow[];
    return rows.map(toUnit);
  }

  list(onlyRegistry = false): Unit[] {
    return this.records(onlyRegistry).map(plain);
  }

  get(code: string): StoredUnit | undefined {
    const row = this.db.prepare('SELECT code, name, emails, type, students, in_registry FROM units WHERE code = ?').get(code) as UnitRow | undefined;
    return row && toUnit(row);
  }

  registryCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM units WHERE in_registry = 1').get() as { n: number }).n;
  }

  /**
   * Forgets the units the app made from documents that no file and no standing decision
   * refers to any more (a re-check tied their files to registry units): they merge away.
   */
  pruneMade(): string[] {
    const gone = this.db
      .prepare(
        `SELECT code FROM units u WHERE in_registry = 0
           AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.unit_code = u.code)
           AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.unit_code = u.code AND d.undone_at IS NULL)`,
      )
      .pluck()
      .all() as string[];
    const del = this.db.prepare('DELETE FROM units WHERE code = ?');
    for (const code of gone) del.run(code);
    return gone;
  }
}
