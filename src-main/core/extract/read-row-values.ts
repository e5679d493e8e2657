import type { ExtractedValue } from '../model/extraction';
import type { Finding } from '../model/finding';
import type { SourceCell } from '../model/source';
import type { MeasureKey, TemplateRow } from '../model/template';
import { formatVietnameseNumber } from '../text/numbers';
import { cellPlace, measureWord, rowReference } from './finding-text';
import { isEmptyReading, readNumberCell, type CellReading } from './read-cell';
import type { BodyRow } from './table-body';
import { measureColumnOf } from './table-layout';

interface ReadCell {
  cell: SourceCell;
  reading: CellReading;
}

export interface RowValues {
  values: ExtractedValue[];
  findings: Finding[];
}

function cellsOf(row: BodyRow, keys: MeasureKey[]): ReadCell[] {
  const out: ReadCell[] = [];
  for (const key of keys) {
    const col = measureColumnOf(row.layout, key);
    if (col === undefined || out.some((c) => c.cell === row.cells[col])) continue;
    out.push({ cell: row.cells[col], reading: { kind: 'blank' } });
  }
  return out;
}

function value(t: TemplateRow, measure: MeasureKey, v: number, cell: SourceCell): ExtractedValue {
  return { row: t.code, measure, value: v, where: cell.where, raw: cell.text };
}

/** Errors for cells that could not be read at all; exactly one finding per cell. */
function unreadableFindings(t: TemplateRow, cells: ReadCell[]): Finding[] {
  return cells.flatMap(({ cell, reading }): Finding[] => {
    if (reading.kind === 'unreadable') {
      return [{ severity: 'error', rule: 'not-a-number', where: cell.where,
        message: `${rowReference(t)}: ${cellPlace(cell.where)} — ${reading.reason}.` }];
    }
    if (reading.kind === 'formula-without-result') {
      return [{ severity: 'error', rule: 'formula-without-result', where: cell.where,
        message: `${rowReference(t)}: ${cellPlace(cell.where)} là công thức nhưng tệp không lưu kết quả; hãy mở tệp bằng Excel, lưu lại rồi gửi lại.` }];
    }
    return [];
  });
}

/** "3 lớp/120 người" in a cell that holds one number only. */
function pairFindings<C extends ReadCell>(t: TemplateRow, cells: C[], measureOf: (c: C) => MeasureKey): Finding[] {
  return cells.flatMap((c): Finding[] => (c.reading.kind !== 'pair' ? [] : [{
    severity: 'error', rule: 'not-a-number', where: c.cell.where,
    message: `${rowReference(t)}: ${cellPlace(c.cell.where)} ghi hai số ("${c.cell.text}") nhưng ô này chỉ có một số (${measureWord(t, measureOf(c))}).`,
  }]));
}

/** Two measures (lớp/người): each from its column, or both from one "3 lớp/120 người" cell. */
function readTwoMeasures(t: TemplateRow, row: BodyRow): RowValues {
  const countCol = row.layout.columns.count;
  const peopleCol = row.layout.columns.people;
  const cells = cellsOf(row, ['count', 'people']).map((c) => ({ ...c, reading: readNumberCell(c.cell, !!t.money) }));
  const findings = unreadableFindings(t, cells);
  const pairs = cells.flatMap(({ cell, reading }) => (reading.kind === 'pair' ? [{ cell, pair: reading }] : []));
  const others = cells.filter((c) => c.reading.kind !== 'pair');
  // "3 lớp/120 người" in one cell; the other cell may be empty or repeat the same number.
  const agrees = (c: ReadCell, pair: { count: number; people: number }) =>
    isEmptyReading(c.reading) ||
    (c.reading.kind === 'number' && c.reading.value === (row.cells.indexOf(c.cell) === countCol ? pair.count : pair.people));
  if (pairs.length === 1 && others.every((c) => agrees(c, pairs[0].pair))) {
    const { cell, pair } = pairs[0];
    return { values: [value(t, 'count', pair.count, cell), value(t, 'people', pair.people, cell)], findings };
  }
  if (pairs.length) {
    findings.push({ severity: 'error', rule: 'ambiguous-value', where: pairs[0].cell.where,
      message: `${rowReference(t)}: ${cellPlace(pairs[0].cell.where)} ghi cả số ${measureWord(t, 'count')} và số ${measureWord(t, 'people')} ("${pairs[0].cell.text}") trong khi ô bên cạnh cũng có số; không rõ lấy số nào.` });
    return { values: [], findings };
  }
  const values: ExtractedValue[] = [];
  for (const { cell, reading } of cells) {
    const measure: MeasureKey = row.cells.indexOf(cell) === countCol ? 'count' : 'people';
    if (reading.kind === 'number') values.push(value(t, measure, reading.value, cell));
    else if (reading.kind === 'blank') values.push(value(t, measure, 0, cell));
  }
  // Without a people column the people number is not given: leave it out, the checks say so.
  if (peopleCol === undefined) return { values: values.filter((v) => v.measure === 'count'), findings };
  return { values, findings };
}

/** One measure: the number may be in any numeric column; two different numbers are an error. */
function readOneMeasure(t: TemplateRow, row: BodyRow, measure: MeasureKey): RowValues {
  const cells = cellsOf(row, [measure, 'value', 'count', 'people', ...row.layout.others.keys()]).map((c) => ({ ...c, reading: readNumberCell(c.cell, !!t.money) }));
  if (!cells.length) return { values: [], findings: [] };
  const findings = [...unreadableFindings(t, cells), ...pairFindings(t, cells, () => measure)];
  const numbers = cells.flatMap(({ cell, reading }) =>
    reading.kind === 'number' && reading.value !== 0 ? [{ cell, value: reading.value }] : [],
  );
  if (new Set(numbers.map((n) => n.value)).size > 1) {
    const shown = numbers.map((n) => `${cellPlace(n.cell.where)}: ${formatVietnameseNumber(n.value)}`);
    findings.push({ severity: 'error', rule: 'ambiguous-value', where: numbers[0].cell.where,
      message: `${rowReference(t)} chỉ có một số (${measureWord(t, measure)}) nhưng có hai số khác nhau — ${shown.join('; ')}; không rõ lấy số nào.` });
    return { values: [], findings };
  }
  if (numbers.length) return { values: [value(t, measure, numbers[0].value, numbers[0].cell)], findings };
  // Nothing written, or an unreadable cell: a zero only when every cell is really empty.
  if (findings.length) return { values: [], findings };
  return { values: [value(t, measure, 0, cells[0].cell)], findings };
}

/**
 * Several measures that are not just a count and its people ("Số trường | Số lớp | Số học sinh"):
 * each from its own column, blank as zero.
 */
function readEachMeasure(t: TemplateRow, row: BodyRow): RowValues {
  const cells = t.measures.flatMap((measure) => {
    const col = measureColumnOf(row.layout, measure);
    return col === undefined ? [] : [{ measure, cell: row.cells[col], reading: readNumberCell(row.cells[col], !!t.money) }];
  });
  const values = cells.flatMap(({ measure, cell, reading }) =>
    reading.kind === 'number' ? [value(t, measure, reading.value, cell)] : reading.kind === 'blank' ? [value(t, measure, 0, cell)] : [],
  );
  return { values, findings: [...unreadableFindings(t, cells), ...pairFindings(t, cells, (c) => c.measure)] };
}

/** The numbers of a matched measured row, with a finding for each cell that cannot be trusted. */
export function readRowValues(t: TemplateRow, row: BodyRow): RowValues {
  const countAndPeople = t.measures.length === 2 && t.measures.includes('count') && t.measures.includes('people');
  if (t.measures.length >= 2) return countAndPeople ? readTwoMeasures(t, row) : readEachMeasure(t, row);
  if (t.measures.length === 1) return readOneMeasure(t, row, t.measures[0]);
  return { values: [], findings: [] };
}
