import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Template } from '../model/template';
import { ReadError } from '../readers/read-error';
import { proposeProvinceMapping } from '../render/province-workbook';
import type { Store } from '../store/store';
import { confirmProvinceMapping } from './confirm-mapping';
import { mappingForWorkbook, saveConfirmedMapping, type WorkbookMapping } from './mapping-store';

/**
 * The two things a specialist does with the province's workbook, from a file path: see how
 * the totals would be written, and confirm a corrected mapping. The command line and the
 * window both call these.
 */

export function readWorkbook(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new ReadError('province-unreadable', `Không mở được tệp mẫu của tỉnh "${file}": tệp không có hoặc không đọc được.`);
  }
}

/** The stored confirmed mapping of this workbook when there is one, else the proposal (nothing stored). */
export async function showProvinceMapping(file: string, template: Template, store?: Store): Promise<WorkbookMapping> {
  const bytes = readWorkbook(file);
  if (store) return mappingForWorkbook(bytes, basename(file), template, store);
  return { mapping: await proposeProvinceMapping(bytes, basename(file), template), confirmedAt: null };
}

/** Validates the corrected mapping against the workbook and stores it for the workbook's fingerprint, audited. */
export async function confirmAndStoreMapping(
  file: string,
  template: Template,
  corrected: unknown,
  store: Store,
  actor: string,
  what?: string,
): Promise<WorkbookMapping> {
  const mapping = await confirmProvinceMapping(readWorkbook(file), basename(file), template, corrected, what);
  return { mapping, confirmedAt: saveConfirmedMapping(store, mapping, actor) };
}
