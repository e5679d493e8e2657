import type { MeasureKey } from '../model/template';

/**
 * How the province's own blank workbook lines up with the template: which Excel row holds
 * which template row, which column which measure. Plain JSON, so a specialist's confirmed
 * mapping can be stored and reused for the same workbook (same fingerprint).
 */
export interface ProvinceMapping {
  fileName: string;
  /** sha256 (hex) of the workbook's bytes. */
  fingerprint: string;
  templateId: string;
  templateVersion: string;
  sheet: string;
  /** Excel rows (1-based) of the table's header. */
  headerRows: number[];
  rows: ProvinceRowMapping[];
  columns: ProvinceColumnMapping[];
  /** What the specialist must confirm before the numbers are sent up. */
  uncertain: ProvinceUncertainty[];
}

export interface ProvinceRowMapping {
  excelRow: number;
  stt: string;
  label: string;
  /** Template row code, or null for a row that is none of the template's. */
  code: string | null;
  /** 0..1, how sure the match is (1 when the specialist confirmed it). */
  score: number;
}

export interface ProvinceColumnMapping {
  excelCol: number;
  /** Column letter ("E"), for people reading the mapping. */
  letter: string;
  header: string;
  /** Measure written into this column, or null for a column the app leaves alone. */
  measure: MeasureKey | null;
}

export interface ProvinceUncertainty {
  kind: 'row' | 'column' | 'missing-row';
  excelRow?: number;
  excelCol?: number;
  code?: string;
  /** Vietnamese, naming the sheet and cell. */
  message: string;
}

export interface ProvinceCellWrite {
  /** "Biểu 01!E12" */
  cell: string;
  code: string;
  measure: MeasureKey;
  value: number;
}

export interface ProvinceCellSkipped extends ProvinceCellWrite {
  /** Vietnamese: why the total was not written there. */
  reason: string;
}
