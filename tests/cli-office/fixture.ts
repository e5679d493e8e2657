import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import type { Figures } from '../../src-main/core/model/extraction';
import type { ProvinceMapping } from '../../src-main/core/render/province-workbook';

/** What `consolidate --json` prints, as far as these tests read it. */
export interface CliJson {
  totals: Figures;
  findings: Array<{ unit: string | null; file: string; severity: string; rule: string; where: string | null; message: string }>;
  outputs: { xlsx: string; pdf: string; docx: string };
  province?: { file: string; confirmed: boolean; written: number; uncertain: unknown[]; skipped: unknown[] };
}

export type MappingJson = ProvinceMapping & { confirmed: boolean; confirmedAt: string | null };

export interface AuditRow {
  actor: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  reason: string;
}

/** The audit table as the store wrote it, read with a connection of the test's own. */
export function auditRows(dbFile: string): AuditRow[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT actor, entity, entity_id, field, old_value, new_value, reason FROM audit ORDER BY id').all() as AuditRow[];
  } finally {
    db.close();
  }
}

export function tableCount(dbFile: string, table: 'province_mappings' | 'settings' | 'audit'): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A cell's value as Excel would show it after recalculation: a number, or null when empty. */
export async function cellNumber(xlsx: string, sheet: string, address: string): Promise<number | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const value = wb.getWorksheet(sheet)?.getCell(address).value;
  return typeof value === 'number' ? value : null;
}
