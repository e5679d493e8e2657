// @vitest-environment happy-dom
/**
 * The editor's store against the real handlers and a real store: undo, notes following a
 * renamed row, the core's problems placed on their rows, and a save that keeps a version a
 * round collects with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPinia, setActivePinia } from 'pinia';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../../src-main/api/contract';
import { dispatch } from '../../src-main/handlers';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { installHandlers } from './handlers-bridge';

let dir: string;
let dbFile: string;
let editorStore: typeof import('../../src-renderer/src/stores/template-editor');
let edits: typeof import('../../src-renderer/src/stores/template-edits');

const fresh = (): Template => structuredClone(defaultTemplate());
const at = (t: Template, code: string) => t.rows.findIndex((r) => r.code === code);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sua-mau-'));
  dbFile = join(dir, 'kho.sqlite');
  installHandlers(() => ({ shell: 'electron', dbFile }));
  editorStore = await import('../../src-renderer/src/stores/template-editor');
  edits = await import('../../src-renderer/src/stores/template-edits');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => setActivePinia(createPinia()));

describe('the template editor’s store', () => {
  it('takes back the last edits one by one, the guesses following a renamed row; a form read and not yet saved is unsaved', () => {
    const editor = editorStore.useTemplateEditor();
    const t = fresh();
    const note = { code: '1.0', where: 'Sheet1!B9', confidence: 'medium' as const, notes: ['tổng của các hàng dưới (“trong đó”)'] };
    editor.openInferred({ template: t, rows: [note], table: { name: 'Sheet1', headerWhere: 'Sheet1!A5:F6', bodyRows: 48 }, notes: [] }, 'Mẫu Sở 2023.xlsx');
    expect(editor.dirty).toBe(true);
    editor.apply((x) => edits.setRowField(x, at(x, '1.0'), 'code', '1.T'), { from: '1.0', to: '1.T' });
    editor.apply((x) => edits.setRowField(x, at(x, '2'), 'label', 'Số tin, bài về Tuần lễ năm 2023'));
    expect(editor.noteOf('1.T')?.notes).toEqual(note.notes);
    editor.undo();
    expect(editor.template!.rows[at(editor.template!, '2')].label).toBe('Số tin, bài về các hoạt động của Tuần lễ');
    editor.undo();
    expect(editor.noteOf('1.0')?.where).toBe('Sheet1!B9');
    expect(editor.canUndo).toBe(false);
    // An edit that changes nothing is no step to take back.
    editor.apply((x) => edits.setRowField(x, at(x, '2'), 'code', '2'));
    expect(editor.canUndo).toBe(false);
  });

  it('knows when a stored template’s copy differs from the stored one', () => {
    const editor = editorStore.useTemplateEditor();
    const t = fresh();
    editor.open(t, { storedAs: { id: t.id, version: t.version } });
    expect(editor.dirty).toBe(false);
    editor.apply((x) => edits.moveRow(x, at(x, '3'), true));
    expect(editor.dirty).toBe(true);
    editor.undo();
    expect(editor.dirty).toBe(false);
  });

  it('puts the core’s problems on their rows, a problem of a rule on the rule’s row, and allows a save only without any', async () => {
    const editor = editorStore.useTemplateEditor();
    const t = fresh();
    t.id = 'llw-huyen';
    editor.open(t);
    await editor.check();
    expect(editor.canSave).toBe(true);
    editor.apply((x) => edits.setMeasures(x, at(x, '2'), []));
    editor.apply((x) => edits.setRowField(x, at(x, '1.3'), 'code', '1.4'));
    editor.apply((x) => edits.setRowRules(x, '7', { sumOf: [], max: { max: 1, level: 'school' }, districtOnly: false }));
    expect(editor.canSave).toBe(false);
    await editor.check();
    expect(editor.problemsOf('2')).toEqual([expect.stringContaining('chưa chọn cột số nào')]);
    expect(editor.problemsOf('1.4').join(' ')).toContain('Mã 1.4 dùng cho hai dòng');
    // A rule's problem is said on the rule's row: a heading holds no figures to limit.
    expect(editor.problemsOf('7').join(' ')).toContain('dòng này không có số liệu');
    expect(editor.canSave).toBe(false);
    editor.undo();
    editor.undo();
    editor.undo();
    await editor.check();
    expect(editor.problems).toEqual([]);
    const saved = await editor.save();
    expect(saved).toMatchObject({ status: 'added', template: { id: 'llw-huyen', version: '2022.1' } });
    expect(editor.dirty).toBe(false);
    const round = await dispatch('rounds/create', { name: 'Tuần lễ 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18', templateId: 'llw-huyen' }, { shell: 'electron', dbFile });
    expect(round.ok).toBe(true);
    editor.apply((x) => edits.setRowField(x, at(x, '3'), 'label', 'Ấn phẩm tuyên truyền'));
    await expect(editor.save()).rejects.toMatchObject({ error: { code: 'conflict' } });
    expect((await editor.save(true)).template.version).toBe('2022.2');
    expect(editor.storedAs).toEqual({ id: 'llw-huyen', version: '2022.2' });
  });
});
