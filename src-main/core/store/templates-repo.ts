import type { Template } from '../model/template';
import type { Db } from './database';

export interface TemplateRecord {
  template: Template;
  builtin: boolean;
}

/** Templates are data, stored by id and version. */
export class TemplatesRepo {
  constructor(private readonly db: Db) {}

  save(template: Template, builtin: boolean): void {
    this.db
      .prepare('INSERT OR IGNORE INTO templates (id, version, name, body, builtin) VALUES (?, ?, ?, ?, ?)')
      .run(template.id, template.version, template.name, JSON.stringify(template), builtin ? 1 : 0);
  }

  get(id: string, version: string): Template | undefined {
    const body = this.db.prepare('SELECT body FROM templates WHERE id = ? AND version = ?').pluck().get(id, version) as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as Template);
  }

  list(): TemplateRecord[] {
    const rows = this.db.prepare('SELECT body, builtin FROM templates ORDER BY id, version').all() as Array<{ body: string; builtin: number }>;
    return rows.map((r) => ({ template: JSON.parse(r.body) as Template, builtin: r.builtin === 1 }));
  }
}
