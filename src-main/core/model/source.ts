/**
 * The neutral shape every reader produces (architecture.md: "tables of cells with their
 * source location, plus the document's text by section"). Everything after the readers is
 * format-blind and works only on these types.
 */

/** One cell of a table as read, with the place a specialist can find it again. */
export interface SourceCell {
  /** Text as displayed (NFC, trimmed); '' for an empty cell. */
  text: string;
  /** The number when the file stored a real number (xlsx numeric cell or cached formula result). */
  num?: number;
  /** Human place: "Sheet1!E8" for a workbook, "bảng 2, hàng 7, cột 4" for a Word table. */
  where: string;
  /** Part of a merged range but not its top-left cell: its text repeats the master's. */
  mergedCopy?: boolean;
  /** A formula whose file stored no computed result: the value cannot be trusted. */
  formulaWithoutResult?: boolean;
  /** Every letter of the text is bold: forms print their heading rows bold. */
  bold?: boolean;
  /**
   * How far the text is indented, in spaces: leading spaces, Excel's indent level (×3) or
   * Word's left indent. Forms show sub-rows by indentation alone.
   */
  indent?: number;
}

/** A rectangular grid: `rows[r][c]`, 0-based, every row the same length. */
export interface SourceTable {
  /** Sheet name for a workbook, "Bảng 2" for a Word table. */
  name: string;
  /** 1-based index of this table among the document's tables. */
  index: number;
  hidden?: boolean;
  rows: SourceCell[][];
  /** 0-based index of rows hidden in the file (kept: schools hide rows they still count). */
  hiddenRows?: number[];
}

/** A part of the narrative, split at the document's headings. */
export interface TextSection {
  /** Heading exactly as written ('' for text before the first heading). */
  heading: string;
  /** Paragraphs under the heading, NFC. */
  paragraphs: string[];
}

/** Something the reader noticed that the specialist should know (not fatal). */
export interface ReaderNote {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  where: string | null;
  message: string;
}

export type SourceFormat = 'xlsx' | 'docx' | 'xls' | 'doc' | 'csv';

export interface SourceDocument {
  /** File name as received (display name, may be Vietnamese). */
  fileName: string;
  format: SourceFormat;
  tables: SourceTable[];
  /** The narrative split by headings (empty for workbooks). */
  sections: TextSection[];
  /** Document title-ish text: first lines / sheet titles, used to identify the sender unit. */
  headerText: string;
  notes: ReaderNote[];
}
