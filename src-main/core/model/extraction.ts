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

/** One cell of an entry (a line of a unit's schedule), read for its list column. */
export interface EntryValue {
  /** The list column's key ("time", "date", "unit", "activity"). */
  key: string;
  /** The cell's text as written ("8h30", "ngày 2/10"). */
  raw: string;
  /**
   * What it was read as: "08:30" for a time, "2024-10-02" for a date, the number for a number
   * column, the cleaned text otherwise; absent when the cell is blank or could not be read.
   */
  value?: string | number;
  /** Place of the cell, as in SourceCell.where. */
  where: string;
  /** Left blank by the school and filled by the app (the unit column, from the identified unit). */
  filled?: boolean;
}

/** One row of a unit's entry table (a list template's table), with where it came from. */
export interface ListEntry {
  /** Code of the template's list. */
  list: string;
  /** In the list's column order; a column the table lacks is absent. */
  values: EntryValue[];
  /** The row's place, said as the specialist finds it: 'trang tính "Lịch", hàng 7', "bảng 2, hàng 7". */
  where: string;
  /** The file it was read from, once a unit's files are put together (its table may be in another file than its list). */
  file?: string;
}

/** A unit's entries, by list code. */
export type ListEntries = Map<string, ListEntry[]>;
