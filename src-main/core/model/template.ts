import type { RoundLevel } from './round';

/** Templates are data: rows, measures, rules and the narrative outline, versioned. */

/**
 * A number column of a template, by its key. The built-in keys carry a meaning the checks
 * use (count and its people: people ≥ count, "lớp/người" units; value: a single number);
 * any other key ("so-truong", "dau-sach") is a plain number column matched by its header.
 */
export type MeasureKey = string;

export const BUILTIN_MEASURES = ['count', 'people', 'value'] as const;
export type BuiltinMeasure = (typeof BUILTIN_MEASURES)[number];

/** The columns of a table that are not number columns. */
export const TEXT_COLUMNS = ['stt', 'label', 'unit', 'note'] as const;
export type TextColumnKey = (typeof TEXT_COLUMNS)[number];

/** A measure key: lower-case letters, digits and "-", never one of the text columns' keys. */
export const MEASURE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function isBuiltinMeasure(key: string): key is BuiltinMeasure {
  return (BUILTIN_MEASURES as readonly string[]).includes(key);
}

export function isTextColumn(key: string): key is TextColumnKey {
  return (TEXT_COLUMNS as readonly string[]).includes(key);
}

export type RowKind = 'heading' | 'measured' | 'text';

export interface TemplateRow {
  /** Stable identifier used in JSON, the database and outputs ("1.0", "5.3", "10.1"). */
  code: string;
  /** Number as printed in the official table ("1", "2"; '' for sub-rows). */
  stt: string;
  label: string;
  /** Unit of measure as printed ("lớp/người", "đồng"); '' for a heading. */
  unit: string;
  kind: RowKind;
  /** Keys of the template's measure columns the row has, in column order; empty for headings and text rows. */
  measures: MeasureKey[];
  /** Code of the heading row this row sits under, if any. */
  parent?: string;
  /** Other ways schools write this label (abbreviations, old typos), for matching. */
  aliases?: string[];
  /** Amount of money (đồng): written "1.500.000 đ" or "1,5 triệu". */
  money?: boolean;
}

export type TemplateRule = (
  /** `row`'s each measure equals the sum of `of` rows' same measure. */
  | { type: 'sum'; row: string; of: string[] }
  /** A single unit's value on `row` is at most `max` (7.2: a school opens the week once). */
  | { type: 'max-per-unit'; row: string; max: number }
  /** On every two-measure row: people ≥ count and people > 0 when count > 0. */
  | { type: 'people-vs-count' }
  /** Entered by the office itself, not summed from its units (7.1 at the district). */
  | { type: 'district-only'; row: string }
) & {
  /**
   * The level of the reporting units the rule holds for (max-per-unit: schools); absent =
   * every level, but a district-only rule holds for schools only (at the province it is summed).
   */
  level?: RoundLevel;
};

export type ListColumnType = 'text' | 'date' | 'time' | 'number';

export interface ListColumn {
  /** Stable identifier ("time", "date", "unit", "activity"). */
  key: string;
  header: string;
  type: ListColumnType;
  /** Other headers schools use for this column, for matching. */
  aliases?: string[];
}

/**
 * A table whose rows are entries, not fixed rows (the week's schedule: time, date, unit,
 * activity): consolidation appends every unit's entries and sorts them instead of summing.
 */
export interface TemplateList {
  code: string;
  title: string;
  columns: ListColumn[];
  /** Column keys to sort the compiled list by, in order. */
  sortBy: string[];
  /** The column naming who holds the entry; filled from the unit when a school leaves it blank. */
  unitColumn?: string;
}

export interface OutlineSection {
  /** "I", "I.1", "II.5" */
  code: string;
  title: string;
  /** Other titles schools use for the same section. */
  aliases?: string[];
  children?: OutlineSection[];
  /** The section that holds the statistics table. */
  holdsTable?: boolean;
}

export interface TemplateColumn {
  /** One of TEXT_COLUMNS, else the key of the measure the column holds. */
  key: TextColumnKey | MeasureKey;
  header: string;
  /** Group header over several columns ("Số lượng"), printed in the first header row. */
  group?: string;
}

/** The template's number columns, in order: every column whose key is not a text column's. */
export function measureColumns(template: Pick<Template, 'columns'>): TemplateColumn[] {
  return template.columns.filter((c) => !isTextColumn(c.key));
}

export interface Template {
  id: string;
  version: string;
  name: string;
  /** Campaign the template belongs to, e.g. the Lifelong Learning Week. */
  campaign: string;
  columns: TemplateColumn[];
  rows: TemplateRow[];
  rules: TemplateRule[];
  outline: OutlineSection[];
  /** Entry tables compiled from the units (absent or empty: a template of fixed rows only). */
  lists?: TemplateList[];
}
