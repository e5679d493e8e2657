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
  const stored = store.province.mapping<ProvinceMapping>(fingerprint);
  // Row codes mean something only in the template they were confirmed for.
  if (!stored || stored.mapping.templateId !== template.id || stored.mapping.templateVersion !== template.version) return undefined;
  return stored;
}

/** Stores a confirmed mapping for its workbook's fingerprint, replacing an earlier one; audited. */
export function saveConfirmedMapping(store: Store, mapping: ProvinceMapping, actor: string): string {
  return store.province.saveMapping(mapping.fingerprint, mapping, actor, CONFIRM_REASON);
}

/** A mapping the specialist confirmed for this workbook is reused; otherwise the proposed one. */
export async function mappingForWorkbook(bytes: Buffer, fileName: string, template: Template, store: Store): Promise<WorkbookMapping> {
  const confirmed = findConfirmedMapping(store, fingerprintOf(bytes), template);
  // The file may have been renamed since: report it under the name it has now.
  if (confirmed) return { mapping: { ...confirmed.mapping, fileName }, confirmedAt: confirmed.confirmedAt };
  return { mapping: await proposeProvinceMapping(bytes, fileName, template), confirmedAt: null };
}
