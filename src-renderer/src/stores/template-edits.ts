import type { MeasureKey, RoundLevel, Template, TemplateRow, TemplateRule } from '../../../src-main/api/contract';
import { foldForSearch } from '../format/fold';

/**
 * The editor's changes to a template, each a pure function from one template to the next
 * (the store keeps the previous ones for undo). Rows are a list in print order; the
 * hierarchy is each row's `parent`, so a move or an indent carries the row's sub-rows with it,
 * and a renamed, merged or deleted row is followed by every rule and sub-row naming it.
 */

export type RowField = 'code' | 'stt' | 'label' | 'unit';

const copy = (t: Template): Template => JSON.parse(JSON.stringify(t)) as Template;

/** How deep a row sits (0 for a row with no parent); a parent missing or looping stops the count. */
export function depthOf(rows: readonly TemplateRow[], index: number): number {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const seen = new Set<string>();
  let depth = 0;
  let row = rows[index];
  while (row?.parent && !seen.has(row.parent)) {
    seen.add(row.parent);
    row = byCode.get(row.parent)!;
    if (!row) break;
    depth += 1;
  }
  return depth;
}

/** The end (exclusive) of the row's block: the row and the sub-rows printed under it. */
function blockEnd(rows: readonly TemplateRow[], index: number): number {
  const depth = depthOf(rows, index);
  let end = index + 1;
  while (end < rows.length && depthOf(rows, end) > depth) end += 1;
  return end;
}

function siblingBefore(rows: readonly TemplateRow[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) {
    if (rows[i].parent === rows[index].parent) return i;
    if (depthOf(rows, i) < depthOf(rows, index)) return -1;
  }
  return -1;
}

function siblingAfter(rows: readonly TemplateRow[], index: number): number {
  const next = blockEnd(rows, index);
  return next < rows.length && rows[next].parent === rows[index].parent ? next : -1;
}

/** A code no row has yet, after `base` ("1.3" → "1.3a", "1.3b" …). */
export function freeCode(rows: readonly TemplateRow[], base: string): string {
  const taken = new Set(rows.map((r) => r.code));
  for (let n = 0; ; n += 1) {
    const code = n < 26 ? `${base}${String.fromCharCode(97 + n)}` : `${base}-${n}`;
    if (!taken.has(code)) return code;
  }
}

/** Every place a row's code appears (sub-rows, rules), pointed at `to`, or dropped when `to` is null. */
function renameReferences(t: Template, from: string, to: string | null): void {
  for (const row of t.rows) if (row.parent === from) row.parent = to ?? undefined;
  t.rules = t.rules.flatMap((rule): TemplateRule[] => {
    if (rule.type === 'people-vs-count') return [rule];
    if (rule.type === 'sum') {
      const head = rule.row === from ? to : rule.row;
      if (head === null) return [];
      const of = [...new Set(rule.of.map((c) => (c === from ? to : c)).filter((c): c is string => c !== null && c !== head))];
      return [{ ...rule, row: head, of }];
    }
    if (rule.row !== from) return [rule];
    return to === null ? [] : [{ ...rule, row: to }];
  });
}

export function setRowField(t: Template, index: number, field: RowField, value: string): Template {
  const next = copy(t);
  const row = next.rows[index];
  if (field === 'code') {
    const code = value.trim();
    if (!code || code === row.code) return t;
    renameReferences(next, row.code, code);
    row.code = code;
  } else row[field] = field === 'label' ? value.trim() : value;
  return next;
}

const TEXT_KEYS = new Set(['stt', 'label', 'unit', 'note']);

/** A number column of a template: any column that is not STT, the label, the unit or the notes. */
export const isNumberColumn = (c: Template['columns'][number]): boolean => !TEXT_KEYS.has(c.key);

/**
 * The measures a row may have: the template's number columns in order, and "value" (one
 * number, written in the first number column) when no column is its own.
 */
export function measureOptions(t: Template): Array<{ key: MeasureKey; header: string | null }> {
  const own = t.columns.filter(isNumberColumn).map((c) => ({ key: c.key, header: c.header as string | null }));
  return own.some((c) => c.key === 'value') ? own : [...own, { key: 'value', header: null }];
}

/** "Trong đó: Nữ" → "trong-do-nu": a new number column's key, free in the template. */
function measureKeyOf(t: Template, header: string): MeasureKey {
  const base = foldForSearch(header).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 36) || 'cot';
  const taken = new Set([...t.columns.map((c) => c.key), 'count', 'people', 'value']);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A new number column, before the notes column: the specialist names it by its header. */
export function addMeasureColumn(t: Template, header: string): { template: Template; key: MeasureKey } {
  const next = copy(t);
  const key = measureKeyOf(next, header);
  const note = next.columns.findIndex((c) => c.key === 'note');
  next.columns.splice(note < 0 ? next.columns.length : note, 0, { key, header: header.trim() });
  return { template: next, key };
}

/**
 * The measures in the template's column order; a row given measures counts as a row of
 * figures. A name that is no measure yet ("thêm cột số" typed in the list) adds a column.
 */
export function setMeasures(t: Template, index: number, measures: MeasureKey[]): Template {
  let next = copy(t);
  const known = new Set(measureOptions(next).map((o) => o.key));
  const chosen = measures.map((m) => {
    if (known.has(m) || !m.trim()) return m;
    const added = addMeasureColumn(next, m);
    next = added.template;
    return added.key;
  });
  next.rows[index].measures = measureOptions(next).map((o) => o.key).filter((m) => chosen.includes(m));
  if (chosen.length) next.rows[index].kind = 'measured';
  return next;
}

/** A heading or a text row holds no figures. */
export function setKind(t: Template, index: number, kind: TemplateRow['kind']): Template {
  const next = copy(t);
  next.rows[index].kind = kind;
  if (kind !== 'measured') next.rows[index].measures = [];
  return next;
}

export function setMoney(t: Template, index: number, money: boolean): Template {
  const next = copy(t);
  if (money) next.rows[index].money = true;
  else delete next.rows[index].money;
  return next;
}

export const canMoveUp = (t: Template, index: number) => siblingBefore(t.rows, index) >= 0;
export const canMoveDown = (t: Template, index: number) => siblingAfter(t.rows, index) >= 0;
export const canIndent = (t: Template, index: number) => siblingBefore(t.rows, index) >= 0;
export const canOutdent = (t: Template, index: number) => t.rows[index].parent !== undefined;

/** Swaps the row's block with the block of the sibling before (`up`) or after it. */
export function moveRow(t: Template, index: number, up: boolean): Template {
  const other = up ? siblingBefore(t.rows, index) : siblingAfter(t.rows, index);
  if (other < 0) return t;
  const [first, second] = up ? [other, index] : [index, other];
  const next = copy(t);
  const a = next.rows.slice(first, second);
  const b = next.rows.slice(second, blockEnd(next.rows, second));
  next.rows.splice(first, a.length + b.length, ...b, ...a);
  return next;
}

/** The row becomes the last sub-row of the sibling above it. */
export function indentRow(t: Template, index: number): Template {
  const above = siblingBefore(t.rows, index);
  if (above < 0) return t;
  const next = copy(t);
  next.rows[index].parent = next.rows[above].code;
  return next;
}

/** The row leaves its parent and comes right after the parent's block, a sibling of it. */
export function outdentRow(t: Template, index: number): Template {
  const parentCode = t.rows[index].parent;
  if (parentCode === undefined) return t;
  const next = copy(t);
  const parentIndex = next.rows.findIndex((r) => r.code === parentCode);
  const block = next.rows.splice(index, blockEnd(next.rows, index) - index);
  block[0].parent = parentIndex >= 0 ? next.rows[parentIndex].parent : undefined;
  const at = parentIndex >= 0 ? blockEnd(next.rows, parentIndex) : index;
  next.rows.splice(at, 0, ...block);
  return next;
}

/** Rows printed at `index` and just after it become one: the first keeps its code and label, the other's label is kept as an alias. */
export function mergeWithNext(t: Template, index: number): Template {
  const other = t.rows[index + 1];
  if (!other) return t;
  const next = copy(t);
  const row = next.rows[index];
  const aliases = [...(row.aliases ?? []), other.label, ...(other.aliases ?? [])].filter((a) => a && a !== row.label);
  row.aliases = [...new Set(aliases)];
  if (row.kind === 'measured' || other.kind === 'measured') {
    row.kind = 'measured';
    row.measures = measureOptions(next).map((o) => o.key).filter((m) => row.measures.includes(m) || other.measures.includes(m));
  }
  next.rows.splice(index + 1, 1);
  renameReferences(next, other.code, row.code);
  return next;
}

/** A copy of the row under it, with a code of its own, to rename (a row the province split in two). */
export function splitRow(t: Template, index: number): Template {
  const next = copy(t);
  const row = next.rows[index];
  const twin: TemplateRow = { ...row, code: freeCode(next.rows, row.code), stt: '', aliases: undefined };
  delete twin.aliases;
  next.rows.splice(blockEnd(next.rows, index), 0, twin);
  return next;
}

/** A new row of figures after the row's block, beside it (or at the end of an empty template). */
export function addRowAfter(t: Template, index: number, label: string): Template {
  const next = copy(t);
  const after = next.rows[index];
  const code = freeCode(next.rows, after ? after.code : 'dong');
  const row: TemplateRow = { code, stt: '', label, unit: '', kind: 'measured', measures: [measureOptions(next)[0].key] };
  if (after?.parent) row.parent = after.parent;
  next.rows.splice(after ? blockEnd(next.rows, index) : 0, 0, row);
  return next;
}

/** The row goes; its sub-rows move up to its parent; its rules go, and it leaves every sum. */
export function deleteRow(t: Template, index: number): Template {
  const next = copy(t);
  const [row] = next.rows.splice(index, 1);
  for (const r of next.rows) if (r.parent === row.code) r.parent = row.parent;
  renameReferences(next, row.code, null);
  return next;
}

export type RowRules = { sumOf: string[]; max: { max: number; level?: RoundLevel } | null; districtOnly: boolean };

/** The rules about one row, as the editor shows them. */
export function rulesOf(t: Template, code: string): RowRules {
  const sum = t.rules.find((r) => r.type === 'sum' && r.row === code);
  const max = t.rules.find((r) => r.type === 'max-per-unit' && r.row === code);
  return {
    sumOf: sum?.type === 'sum' ? sum.of : [],
    max: max?.type === 'max-per-unit' ? { max: max.max, ...(max.level ? { level: max.level } : {}) } : null,
    districtOnly: t.rules.some((r) => r.type === 'district-only' && r.row === code),
  };
}

/** Replaces the rules about one row by those given (a sum with no row summed is no rule). */
export function setRowRules(t: Template, code: string, rules: RowRules): Template {
  const next = copy(t);
  next.rules = next.rules.filter((r) => r.type === 'people-vs-count' || r.row !== code);
  if (rules.sumOf.length) next.rules.push({ type: 'sum', row: code, of: rules.sumOf });
  if (rules.max) next.rules.push({ type: 'max-per-unit', row: code, max: rules.max.max, ...(rules.max.level ? { level: rules.max.level } : {}) });
  if (rules.districtOnly) next.rules.push({ type: 'district-only', row: code });
  return next;
}

export function setPeopleVsCount(t: Template, on: boolean): Template {
  const next = copy(t);
  next.rules = next.rules.filter((r) => r.type !== 'people-vs-count');
  if (on) next.rules.push({ type: 'people-vs-count' });
  return next;
}

export type TemplateMeta = Pick<Template, 'id' | 'version' | 'name' | 'campaign'>;

export function setMeta(t: Template, field: keyof TemplateMeta, value: string): Template {
  const next = copy(t);
  next[field] = value.trim();
  return next;
}
