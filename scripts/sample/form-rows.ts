import type { Figures } from '../../src-main/core/model/extraction';
import type { MeasureKey, Template, TemplateRow } from '../../src-main/core/model/template';

/** Mistakes seeded into a school's form, as schools really make them. */
export interface FormEdits {
  /** Rows left out of the table ("missing row"). */
  omitRows?: string[];
  /** Words typed where a number belongs, by row code and measure ("mười hai"). */
  cellText?: Record<string, Partial<Record<MeasureKey, string>>>;
}

/** One line of the filled-in form: the number cells hold a number, a typed word, or nothing. */
export interface FormRow {
  row: TemplateRow;
  stt: string;
  /** The "Số lớp/số cuộc thi" (or single value) cell and the "Người" cell. */
  cells: [number | string | undefined, number | string | undefined];
}

/** "1500000" → "1.500.000", the way Vietnamese forms group thousands. */
export function formatVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The template's rows as a school fills them in, seeded mistakes included. */
export function formRows(template: Template, figures: Figures, opts: { numberedSubRows: boolean; edits?: FormEdits }): FormRow[] {
  const omitted = new Set(opts.edits?.omitRows ?? []);
  return template.rows
    .filter((row) => !omitted.has(row.code))
    .map((row) => {
      const f = figures[row.code];
      const typed = opts.edits?.cellText?.[row.code];
      const cell = (m: MeasureKey) => typed?.[m] ?? f?.[m];
      const cells: FormRow['cells'] = row.measures.length === 2 ? [cell('count'), cell('people')] : [cell('value'), undefined];
      return { row, stt: row.stt || (opts.numberedSubRows ? row.code : ''), cells };
    });
}

/** A number cell as text the Vietnamese way ("1.500.000 đ"). */
export function viCellText(row: TemplateRow, value: number | string | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return `${formatVi(value)}${row.money ? ' đ' : ''}`;
}
