import type { MeasureKey } from './template';

/** One number taken from a school's table, with where it came from. */
export interface ExtractedValue {
  row: string;
  measure: MeasureKey;
  value: number;
  /** Cell place as in SourceCell.where. */
  where: string;
  /** The cell's text as written ("1.500.000 đ"). */
  raw: string;
}

/** Numbers of one unit (or of the district), by row code then measure. */
export type Figures = Record<string, Partial<Record<MeasureKey, number>>>;

export interface Extraction {
  /** Name of the source table the numbers came from ("Sheet1", "Bảng 2"). */
  table: string;
  values: ExtractedValue[];
  /** Free text of text rows (row 11) and of the note column, by row code. */
  texts: Record<string, string>;
  /** Where each template row was found (row code → place of its label). */
  rowsFound: Record<string, string>;
  /** Rows with numbers or a unit that match no template row (reported as 'unknown-row'). */
  unknownRows?: Array<{ where: string; stt: string; label: string }>;
}
