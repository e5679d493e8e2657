import type { Db } from './database';

export interface AuditEntry {
  actor: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

/** Every manual change goes through here: who, when, old, new, why. */
export class AuditLog {
  constructor(private readonly db: Db) {}

  record(entry: AuditEntry): void {
    this.db
      .prepare('INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), entry.actor, entry.entity, entry.entityId, entry.field, entry.oldValue, entry.newValue, entry.reason);
  }

  /** The entries about one entity (a round, a setting …), oldest first. */
  about(entity: string, entityId: string): AuditRecord[] {
    const rows = this.db
      .prepare('SELECT id, at, actor, entity, entity_id, field, old_value, new_value, reason FROM audit WHERE entity = ? AND entity_id = ? ORDER BY id')
      .all(entity, entityId) as Array<{ id: number; at: string; actor: string; entity: string; entity_id: string; field: string; old_value: string | null; new_value: string | null; reason: string }>;
    return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, entity: r.entity, entityId: r.entity_id, field: r.field, oldValue: r.old_value, newValue: r.new_value, reason: r.reason }));
  }
}
