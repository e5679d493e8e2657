import ExcelJS, { type DataValidation, type Workbook, type Worksheet } from 'exceljs';
import JSZip from 'jszip';
import type { ListColumnType, Template, TemplateList } from '../model/template';
import type { Unit } from '../model/unit';
import { columnForMeasure } from '../render/measure-columns';
import { a4Print, FONT, inputStyle, styleNumber, writeTitle, fitRowHeight, writeHeaderRow } from '../render/sheet-style';
import { boldRows, isMeasureKey, widthOf, writeRowLabels, writeTemplateHeader } from '../render/summary-sheet';
import { columnLetters } from '../readers/xlsx-sheet-xml';
import { sumRulesOf } from '../templates/sum-rules';
import { FORM_MARKER_SHEET, markerLines, type FormCell, type FormMarker, type FormRow } from './form-marker';

/** The sheet of the template's table in every form. */
export const FORM_SHEET = 'Biểu mẫu';
const HEADER_TOP = 5;
/** Empty lines offered in each list sheet; a school needing more inserts rows inside the table. */
const LIST_LINES = 40;

function numberValidation(money: boolean): DataValidation {
  return money
    ? { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: 'Số không hợp lệ', error: 'Hãy nhập một số không âm (số tiền, đồng).' }
    : { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true, showErrorMessage: true, errorTitle: 'Số không hợp lệ', error: 'Hãy nhập một số nguyên không âm.' };
}

interface TablePlaces {
  rows: FormRow[];
  cells: FormCell[];
}

function writeTable(ws: Worksheet, template: Template): TablePlaces {
  const columns = template.columns;
  const measureCols = columns.map((c) => (isMeasureKey(c.key) ? c.key : null));
  const col = (key: string) => columns.findIndex((c) => c.key === key) + 1;
  const labelCol = col('label');
  const noteCol = col('note');
  const headerBottom = writeTemplateHeader(ws, columns, HEADER_TOP);
  const bold = boldRows(template);
  const sums = sumRulesOf(template);
  const excelRowOf = new Map(template.rows.map((r, i) => [r.code, headerBottom + 1 + i]));
  const places: TablePlaces = { rows: [], cells: [] };

  template.rows.forEach((row, i) => {
    const r = headerBottom + 1 + i;
    writeRowLabels(ws, r, row, columns, bold.has(row.code));
    fitRowHeight(ws, r);
    const formRow: FormRow = { code: row.code, label: `${columnLetters(labelCol)}${r}` };
    if (noteCol > 0) {
      ws.getCell(r, noteCol).style = inputStyle('text');
      formRow.text = `${columnLetters(noteCol)}${r}`;
    }
    if (row.kind === 'text') writeTextInput(ws, r, columns.length, labelCol, noteCol, formRow);
    places.rows.push(formRow);
    if (row.kind !== 'measured') return;
    for (const measure of row.measures) {
      const c = columnForMeasure(measureCols, measure) + 1;
      if (c < 1) continue;
      places.cells.push({ row: row.code, measure, address: `${columnLetters(c)}${r}` });
      const cell = ws.getCell(r, c);
      const of = sums.get(row.code);
      if (of) {
        // No cached result: a program that recomputes shows the sum; one that does not is recomputed on import.
        styleNumber(cell, true);
        const inputs = of.flatMap((code) => (excelRowOf.has(code) ? [`${columnLetters(c)}${excelRowOf.get(code)}`] : []));
        cell.value = { formula: `SUM(${inputs.join(',')})` } as ExcelJS.CellFormulaValue;
      } else {
        cell.style = inputStyle(row.money ? 'money' : 'number');
        cell.dataValidation = numberValidation(!!row.money);
      }
    }
  });
  ws.pageSetup.printTitlesRow = `${HEADER_TOP}:${headerBottom}`;
  return places;
}

/** A text row ("Các nội dung khác"): one wide cell after the label to write in. */
function writeTextInput(ws: Worksheet, r: number, width: number, labelCol: number, noteCol: number, formRow: FormRow): void {
  const first = labelCol + 1;
  const last = noteCol > 0 ? noteCol : width;
  if (first > last) return;
  if (last > first) ws.mergeCells(r, first, r, last);
  ws.getCell(r, first).style = inputStyle('text');
  ws.getRow(r).height = 48;
  formRow.text = `${columnLetters(first)}${r}`;
}

const LIST_FORMATS: Record<ListColumnType, 'text' | 'date' | 'time' | 'number'> = { text: 'text', date: 'date', time: 'time', number: 'number' };

function listValidation(type: ListColumnType): DataValidation | undefined {
  const shown = { allowBlank: true, showErrorMessage: true, errorTitle: 'Không hợp lệ' };
  if (type === 'date') return { ...shown, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], error: 'Hãy nhập ngày dạng ngày/tháng/năm, ví dụ 02/10/2024.' };
  if (type === 'time') return { ...shown, type: 'decimal', operator: 'between', formulae: [0, 0.999999], error: 'Hãy nhập giờ dạng giờ:phút, ví dụ 07:30.' };
  if (type === 'number') return { ...shown, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: 'Hãy nhập một số không âm.' };
  return undefined;
}

/** Excel refuses []:*?/\ in a sheet name and cuts it at 31 characters. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Danh sách';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function writeListSheet(wb: Workbook, list: TemplateList, unit: Unit, taken: Set<string>): string {
  const width = list.columns.length;
  const ws = wb.addWorksheet(sheetName(list.title, taken), a4Print('landscape', '4:4'));
  list.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.type === 'text' ? 36 : 14));
  writeTitle(ws, 1, width, list.title.toUpperCase());
  writeTitle(ws, 2, width, unit.name, 12);
  writeHeaderRow(ws, 4, list.columns.map((c) => c.header));
  for (let r = 5; r < 5 + LIST_LINES; r++) {
    list.columns.forEach((column, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.style = inputStyle(LIST_FORMATS[column.type]);
      const validation = listValidation(column.type);
      if (validation) cell.dataValidation = validation;
    });
  }
  return ws.name;
}

function writeMarkerSheet(wb: Workbook, marker: FormMarker): void {
  const ws = wb.addWorksheet(FORM_MARKER_SHEET, { state: 'veryHidden' });
  for (const line of markerLines(marker)) ws.addRow(line);
}

/** The same marker as custom document properties, for a program that lists a file's properties. */
async function withCustomProperties(xlsx: Buffer, marker: FormMarker): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const props = [
    ['TongHopBaoCao.MaMau', marker.templateId],
    ['TongHopBaoCao.PhienBan', marker.templateVersion],
    ['TongHopBaoCao.MaDonVi', marker.unitCode],
  ];
  const body = props
    .map(([name, value], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escape(name)}"><vt:lpwstr>${escape(value)}</vt:lpwstr></property>`)
    .join('');
  zip.file(
    'docProps/custom.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${body}</Properties>`,
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file('_rels/.rels', rels.replace('</Relationships>', '<Relationship Id="rIdCustomProps" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function writeTableSheet(wb: Workbook, template: Template, unit: Unit): TablePlaces {
  const columns = template.columns;
  const ws = wb.addWorksheet(FORM_SHEET, a4Print('portrait', `${HEADER_TOP}:${HEADER_TOP}`));
  columns.forEach((c, i) => (ws.getColumn(i + 1).width = widthOf(c.key)));
  const unitLine = ws.getCell(1, 1);
  ws.mergeCells(1, 1, 1, columns.length);
  unitLine.value = `Đơn vị báo cáo: ${unit.name}`;
  unitLine.font = { ...FONT, bold: true };
  writeTitle(ws, 2, columns.length, template.name.toUpperCase());
  ws.getRow(2).height = 36;
  writeTitle(ws, 3, columns.length, 'Chỉ điền vào các ô tô màu; các dòng tổng tự cộng. Xin giữ nguyên các dòng, các cột và tên trang tính.', 11);
  const places = writeTable(ws, template);
  ws.views = [{ state: 'frozen', ySplit: HEADER_TOP + (columns.some((c) => c.group) ? 1 : 0) }];
  return places;
}

/**
 * The workbook a school fills: the template's table with the unit's name, number cells to
 * type in (validated: whole numbers ≥ 0, money may have decimals), sums as formulas, the
 * rest locked (protection without a password: it keeps labels from being typed over, not a
 * secret), A4 fitted to the width, a sheet per entry list, and the marker that lets the
 * import read it back cell by cell.
 */
export async function fillableForm(template: Template, unit: Unit): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tổng hợp báo cáo';
  wb.title = template.name;
  wb.subject = unit.name;
  // A template of lists only (a schedule) has no table of fixed rows: its lists are the form.
  const places = template.rows.length ? writeTableSheet(wb, template, unit) : { rows: [], cells: [] };
  const taken = new Set([FORM_SHEET.toLowerCase(), FORM_MARKER_SHEET]);
  const lists = (template.lists ?? []).map((list) => ({ code: list.code, sheet: writeListSheet(wb, list, unit, taken) }));
  const sheet = template.rows.length ? FORM_SHEET : (lists[0]?.sheet ?? FORM_SHEET);
  const marker: FormMarker = { templateId: template.id, templateVersion: template.version, unitCode: unit.code, unitName: unit.name, sheet, ...places, lists };
  writeMarkerSheet(wb, marker);
  const protection = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true };
  // A list grows by the school's entries: its rows can be inserted; the table's cannot.
  const listSheets = new Set(lists.map((l) => l.sheet));
  await Promise.all(wb.worksheets.map((sheet) => sheet.protect('', { ...protection, insertRows: listSheets.has(sheet.name), deleteRows: listSheets.has(sheet.name) })));
  return withCustomProperties(Buffer.from(await wb.xlsx.writeBuffer()), marker);
}
