import { describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/api/contract';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import * as edits from '../../src-renderer/src/stores/template-edits';
import { editOutline, outlineLines, outlineTree } from '../../src-renderer/src/stores/template-outline';

const fresh = (): Template => structuredClone(defaultTemplate());
const at = (t: Template, code: string) => t.rows.findIndex((r) => r.code === code);
const codes = (t: Template) => t.rows.map((r) => r.code);
const sumOf = (t: Template, row: string) => edits.rulesOf(t, row).sumOf;

describe('the template editor’s edits, on the Lifelong Learning Week’s own rows', () => {
  it('renames a row’s code everywhere it is named: its sum rule, and the rows under a renamed heading', () => {
    const t = fresh();
    let next = edits.setRowField(t, at(t, '1.0'), 'code', ' 1.T ');
    expect(sumOf(next, '1.T')).toContain('1.14');
    expect(next.rules.some((r) => r.type === 'sum' && r.row === '1.0')).toBe(false);
    next = edits.setRowField(next, at(next, '4'), 'code', 'IV');
    expect(next.rows.filter((r) => r.parent === 'IV').map((r) => r.code)).toEqual(['4.1', '4.2', '4.3']);
    next = edits.setRowField(next, at(next, '1.3'), 'code', '1.3b');
    expect(sumOf(next, '1.T')).toContain('1.3b');
    expect(t.rules).toEqual(defaultTemplate().rules);
  });

  it('moves a heading up past the one before it, its sub-rows with it', () => {
    const t = fresh();
    expect(edits.canMoveUp(t, at(t, '1'))).toBe(false);
    const next = edits.moveRow(t, at(t, '2'), true);
    expect(codes(next).slice(0, 3)).toEqual(['2', '1', '1.0']);
    expect(codes(next).indexOf('1.14')).toBe(16);
    expect(codes(next)[17]).toBe('3');
    // A sub-row moves among its siblings only.
    expect(edits.canMoveDown(next, at(next, '4.3'))).toBe(false);
    const down = edits.moveRow(next, at(next, '4.1'), false);
    expect(down.rows.filter((r) => r.parent === '4').map((r) => r.code)).toEqual(['4.2', '4.1', '4.3']);
  });

  it('indents a row under the one above and outdents a sub-row after its former parent’s rows', () => {
    const t = fresh();
    const indented = edits.indentRow(t, at(t, '3'));
    expect(indented.rows[at(indented, '3')].parent).toBe('2');
    expect(edits.depthOf(indented.rows, at(indented, '3'))).toBe(1);
    const out = edits.outdentRow(t, at(t, '4.1'));
    expect(out.rows[at(out, '4.1')].parent).toBeUndefined();
    expect(codes(out).slice(at(out, '4'), at(out, '4') + 4)).toEqual(['4', '4.2', '4.3', '4.1']);
    expect(edits.canOutdent(out, at(out, '4.1'))).toBe(false);
  });

  it('merges two rows into one, keeping the other’s label as a way schools write it, and its place in the sums', () => {
    const t = fresh();
    const merged = edits.mergeWithNext(t, at(t, '1.11'));
    expect(codes(merged)).not.toContain('1.12');
    const row = merged.rows[at(merged, '1.11')];
    expect(row.label).toBe('Phổ cập giáo dục tiểu học');
    expect(row.aliases).toEqual(expect.arrayContaining(['PCGD tiểu học', 'Phổ cập giáo dục THCS', 'PCGD THCS']));
    expect(sumOf(merged, '1.0')).toContain('1.11');
    expect(sumOf(merged, '1.0')).not.toContain('1.12');
    expect(new Set(sumOf(merged, '1.0')).size).toBe(sumOf(merged, '1.0').length);
  });

  it('splits, adds and deletes rows with codes of their own; a deleted row leaves every rule', () => {
    const t = fresh();
    const split = edits.splitRow(t, at(t, '1.5'));
    expect(codes(split).slice(at(split, '1.5'), at(split, '1.5') + 2)).toEqual(['1.5', '1.5a']);
    expect(split.rows[at(split, '1.5a')]).toMatchObject({ parent: '1', label: 'Học nghề cho lao động nông thôn', measures: ['count', 'people'] });
    const added = edits.addRowAfter(split, at(split, '4'), 'Số thư viện được tặng sách');
    // After the heading's own rows, beside it.
    expect(codes(added).slice(at(added, '4.3'), at(added, '4.3') + 3)).toEqual(['4.3', '4a', '5']);
    const deleted = edits.deleteRow(added, at(added, '7.2'));
    expect(deleted.rules.some((r) => 'row' in r && r.row === '7.2')).toBe(false);
    const headingGone = edits.deleteRow(t, at(t, '9'));
    expect(headingGone.rows.filter((r) => r.code.startsWith('9.')).every((r) => r.parent === undefined)).toBe(true);
    const subGone = edits.deleteRow(t, at(t, '1.7'));
    expect(sumOf(subGone, '1.0')).not.toContain('1.7');
  });

  it('keeps measures in the table’s order; a heading has none; rules of a row replace its old ones', () => {
    const t = fresh();
    const m = edits.setMeasures(t, at(t, '2'), ['people', 'count']);
    expect(m.rows[at(m, '2')].measures).toEqual(['count', 'people']);
    const heading = edits.setKind(m, at(m, '2'), 'heading');
    expect(heading.rows[at(heading, '2')].measures).toEqual([]);
    const ruled = edits.setRowRules(t, '4.3', { sumOf: [], max: { max: 1, level: 'school' }, districtOnly: true });
    expect(edits.rulesOf(ruled, '4.3')).toEqual({ sumOf: [], max: { max: 1, level: 'school' }, districtOnly: true });
    const cleared = edits.setRowRules(ruled, '7.2', { sumOf: [], max: null, districtOnly: false });
    expect(cleared.rules.filter((r) => r.type === 'max-per-unit').map((r) => (r as { row: string }).row)).toEqual(['4.3']);
    expect(edits.setPeopleVsCount(t, false).rules.some((r) => r.type === 'people-vs-count')).toBe(false);
  });

  it('offers the template’s number columns by their headers; a name typed adds a number column before the notes', () => {
    const t = fresh();
    expect(edits.measureOptions(t)).toEqual([{ key: 'count', header: 'Số lớp/số cuộc thi' }, { key: 'people', header: 'Người' }, { key: 'value', header: null }]);
    const added = edits.setMeasures(t, at(t, '2'), ['people', 'Trong đó: Nữ', 'count']);
    expect(added.columns.map((c) => c.key)).toEqual(['stt', 'label', 'unit', 'count', 'people', 'trong-do-nu', 'note']);
    expect(added.columns[5]).toEqual({ key: 'trong-do-nu', header: 'Trong đó: Nữ' });
    expect(added.rows[at(added, '2')].measures).toEqual(['count', 'people', 'trong-do-nu']);
    const again = edits.setMeasures(added, at(added, '3'), ['trong đó nữ']);
    expect(again.columns.filter((c) => c.key.startsWith('trong-do-nu')).map((c) => c.key)).toEqual(['trong-do-nu', 'trong-do-nu-2']);
  });
});

describe('the report’s outline as lines', () => {
  it('goes to lines and back to the same tree; a section moved in or out, added, marked as holding the table', () => {
    const t = fresh();
    expect(outlineTree(outlineLines(t.outline))).toEqual(t.outline);
    let next = editOutline(t, { kind: 'outdent', index: outlineLines(t.outline).findIndex((l) => l.code === 'II.5') });
    expect(next.outline.map((s) => s.code)).toEqual(['I', 'II', 'II.5']);
    next = editOutline(next, { kind: 'add', index: 0, title: 'Mục tiêu của Tuần lễ' });
    expect(outlineLines(next.outline)[1]).toMatchObject({ title: 'Mục tiêu của Tuần lễ', depth: 0 });
    next = editOutline(next, { kind: 'holds-table', index: 1 });
    expect(outlineLines(next.outline).filter((l) => l.holdsTable).map((l) => l.title)).toEqual(['Mục tiêu của Tuần lễ']);
  });
});
