import type { SourceDocument, SourceTable } from '../model/source';
import { MEASURE_KEY_PATTERN, type MeasureKey } from '../model/template';

/**
 * What a fillable form says about itself, written into a very hidden sheet of the workbook
 * (and, for other programs, custom document properties): the template and version it was
 * made from, the unit it was made for, and the cell of every number. A returned form is read
 * from these places, with no guessing. Plain text lines, so any reader of the workbook (and
 * the stored reading of it, at a re-check) sees them.
 */
export const FORM_MARKER_SHEET = '_mau';
export const MARKER_FORMAT = 'tonghop-baocao/bieu-mau';
export const MARKER_VERSION = 1;

export interface FormCell {
  row: string;
  measure: MeasureKey;
  /** "D8", on the form's sheet. */
  address: string;
}

export interface FormRow {
  code: string;
  /** Where the row's label is ("B8"): the place a finding about the row points to. */
  label: string;
  /** The cell for the school's note or text ("F8"), if any. */
  text?: string;
}

export interface FormMarker {
  templateId: string;
  templateVersion: string;
  unitCode: string;
  unitName: string;
  /** The sheet holding the template's table. */
  sheet: string;
  rows: FormRow[];
  cells: FormCell[];
  /** The sheet of each entry list of the template, by the list's code. */
  lists: Array<{ code: string; sheet: string }>;
}


/** The marker as the lines of its sheet. */
export function markerLines(m: FormMarker): string[][] {
  return [
    [MARKER_FORMAT, String(MARKER_VERSION)],
    ['mau', m.templateId],
    ['phien-ban', m.templateVersion],
    ['don-vi', m.unitCode],
    ['ten-don-vi', m.unitName],
    ['trang', m.sheet],
    ...m.rows.map((r) => ['dong', r.code, r.label, r.text ?? '']),
    ...m.cells.map((c) => ['o', c.row, c.measure, c.address]),
    ...m.lists.map((l) => ['danh-sach', l.code, l.sheet]),
  ];
}

/** A marker sheet that is there but cannot be used: said, never ignored in silence. */
export class BrokenMarker {
  constructor(readonly reason: string) {}
}

function fromTable(table: SourceTable): FormMarker | BrokenMarker {
  const lines = table.rows.map((r) => r.map((c) => c.text.trim())).filter((l) => l[0]);
  if (lines[0]?.[0] !== MARKER_FORMAT) return new BrokenMarker(`trang "${FORM_MARKER_SHEET}" không phải dấu nhận biết của biểu mẫu`);
  if (lines[0][1] !== String(MARKER_VERSION)) return new BrokenMarker(`biểu mẫu theo định dạng phiên bản ${lines[0][1] || '?'}, ứng dụng này đọc phiên bản ${MARKER_VERSION}`);
  const field = (name: string) => lines.find((l) => l[0] === name)?.[1] ?? '';
  const marker: FormMarker = {
    templateId: field('mau'),
    templateVersion: field('phien-ban'),
    unitCode: field('don-vi'),
    unitName: field('ten-don-vi'),
    sheet: field('trang'),
    rows: lines.filter((l) => l[0] === 'dong' && l[1]).map((l) => ({ code: l[1], label: l[2] ?? '', ...(l[3] ? { text: l[3] } : {}) })),
    cells: lines.filter((l) => l[0] === 'o' && MEASURE_KEY_PATTERN.test(l[2]) && l[3]).map((l) => ({ row: l[1], measure: l[2] as MeasureKey, address: l[3] })),
    lists: lines.filter((l) => l[0] === 'danh-sach' && l[1] && l[2]).map((l) => ({ code: l[1], sheet: l[2] })),
  };
  if (!marker.templateId || !marker.templateVersion || !marker.sheet) return new BrokenMarker('dấu nhận biết thiếu mã mẫu, phiên bản hoặc tên trang');
  return marker;
}

/** The form's marker when the workbook carries one; a broken one says why; null for any other file. */
export function readFormMarker(doc: SourceDocument): FormMarker | BrokenMarker | null {
  if (doc.format !== 'xlsx') return null;
  const table = doc.tables.find((t) => t.name === FORM_MARKER_SHEET);
  return table ? fromTable(table) : null;
}
