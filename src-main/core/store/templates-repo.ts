import type { Template } from '../model/template';
import type { Db } from './database';

export interface TemplateRecord {
  template: Template;
  builtin: boolean;
}

/** A round that collects with one version of a template. */
export interface TemplateUse {
  roundId: number;
  roundName: string;
  year: number;
  /** How many consolidations the round has made with it. */
  consolidations: number;
}

/** Templates are data, stored by id and version. */
export class TemplatesRepo {
  constructor(private readonly db: Db) {}

  /** Adds a version; one already stored is kept as it is (`replace` changes it, after the caller's checks). */
  save(template: Template, builtin: boolean): void {
    this.db
      .prepare('INSERT OR IGNORE INTO templates (id, version, name, body, builtin) VALUES (?, ?, ?, ?, ?)')
      .run(template.id, template.version, template.name, JSON.stringify(template), builtin ? 1 : 0);
  }

  /** Changes a stored version in place: only for one no round collects with (see saveTemplate). */
  replace(template: Template): void {
    this.db.prepare('UPDATE templates SET name = ?, body = ? WHERE id = ? AND version = ?').run(template.name, JSON.stringify(template), template.id, template.version);
  }

  get(id: string, version: string): Template | undefined {
    const body = this.db.prepare('SELECT body FROM templates WHERE id = ? AND version = ?').pluck().get(id, version) as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as Template);
  }

  list(): TemplateRecord[] {
    const rows = this.db.prepare('SELECT body, builtin FROM templates ORDER BY id, version').all() as Array<{ body: string; builtin: number }>;
    return rows.map((r) => ({ template: JSON.parse(r.body) as Template, builtin: r.builtin === 1 }));
  }

  /** The stored versions of one template id. */
  versionsOf(id: string): string[] {
    return this.db.prepare('SELECT version FROM templates WHERE id = ? ORDER BY version').pluck().all(id) as string[];
  }

  /** The rounds collecting with this version, with how often each was consolidated. */
  uses(id: string, version: string): TemplateUse[] {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.name, r.year,
                (SELECT count(*) FROM round_versions v WHERE v.round_id = r.id AND v.kind = 'consolidation') AS consolidations
         FROM rounds r WHERE r.template_id = ? AND r.template_version = ? ORDER BY r.id`,
      )
      .all(id, version) as Array<{ id: number; name: string; year: number; consolidations: number }>;
    return rows.map((r) => ({ roundId: r.id, roundName: r.name, year: r.year, consolidations: r.consolidations }));
  }
}
