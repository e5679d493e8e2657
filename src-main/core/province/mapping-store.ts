import type { Template } from '../model/template';
import { fingerprintOf } from '../render/province-open';
import { proposeProvinceMapping, type ProvinceMapping } from '../render/province-workbook';
import type { Store } from '../store/store';

export const CONFIRM_REASON = 'Xác nhận cách ghi vào mẫu của Sở';

/** The mapping to use for a workbook, and whether (and when) the specialist confirmed it. */
export interface WorkbookMapping {
  mapping: ProvinceMapping;
  /** ISO time of the confirmation, or null for a proposal not yet confirmed. */
  confirmedAt: string | null;
}

/** The confirmed mapping of this very workbook (same bytes) for this template, if any. */
export function findConfirmedMapping(store: Store, fingerprint: string, template: Template): { mapping: ProvinceMapping; confirmedAt: string } | undefined {
  const row = store.db.prepare('SELECT mapping, confirmed_at FROM province_mappings WHERE fingerprint = ?').get(fingerprint) as
    | { mapping: string; confirmed_at: string }
    | undefined;
  if (!row) return undefined;
  const mapping = JSON.parse(row.mapping) as ProvinceMapping;
  // Row codes mean something only in the template they were confirmed for.
  if (mapping.templateId !== template.id || mapping.templateVersion !== template.version) return undefined;
  return { mapping, confirmedAt: row.confirmed_at };
}

/** Stores a confirmed mapping for its workbook's fingerprint, replacing an earlier one; audited. */
export function saveConfirmedMapping(store: Store, mapping: ProvinceMapping, actor: string): string {
  const at = new Date().toISOString();
  const json = JSON.stringify(mapping);
  store.db.transaction(() => {
    const old = store.db.prepare('SELECT mapping FROM province_mappings WHERE fingerprint = ?').get(mapping.fingerprint) as { mapping: string } | undefined;
    store.db
      .prepare(
        `INSERT INTO province_mappings (fingerprint, mapping, confirmed_at) VALUES (?, ?, ?)
         ON CONFLICT (fingerprint) DO UPDATE SET mapping = excluded.mapping, confirmed_at = excluded.confirmed_at`,
      )
      .run(mapping.fingerprint, json, at);
    store.audit({
      actor,
      entity: 'province_mapping',
      entityId: mapping.fingerprint,
      field: 'mapping',
      oldValue: old?.mapping ?? null,
      newValue: json,
      reason: CONFIRM_REASON,
    });
  })();
  return at;
}

/** A mapping the specialist confirmed for this workbook is reused; otherwise the proposed one. */
export async function mappingForWorkbook(bytes: Buffer, fileName: string, template: Template, store: Store): Promise<WorkbookMapping> {
  const confirmed = findConfirmedMapping(store, fingerprintOf(bytes), template);
  // The file may have been renamed since: report it under the name it has now.
  if (confirmed) return { mapping: { ...confirmed.mapping, fileName }, confirmedAt: confirmed.confirmedAt };
  return { mapping: await proposeProvinceMapping(bytes, fileName, template), confirmedAt: null };
}
