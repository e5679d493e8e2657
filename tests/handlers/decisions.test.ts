import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board, ConsolidationView, StoredOutput } from '../../src-main/api/contract';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import type { HandlerContext } from '../../src-main/handlers';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { schoolWorkbook, workbookStyleFor } from '../../scripts/sample/school-workbook';
import { apiOver, ROUND_2023 } from './api';

const template = defaultTemplate();
let dir: string;
let inbox: SampleInbox;
let strayFile: string;
let api: ReturnType<typeof apiOver>;
let roundId: number;
/** School 7 sent a table whose 1.0 is not the sum of its rows; school 8 sent a file naming no school. */
let wrongSum: string;
let anonymous: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'quyet-dinh-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), template, { schools: 9, year: 2023, missingShare: 1 / 9 });
  wrongSum = inbox.schools[7].code;
  anonymous = inbox.schools[8].code;
  expect(inbox.withErrors).toEqual(new Set([wrongSum]));
  const figures = inbox.figures.get(inbox.schools[0].code)!;
  strayFile = join(dir, 'baocao Liên Châu.xlsx');
  writeFileSync(strayFile, await schoolWorkbook(inbox.schools[8], template, figures, 2023, { ...workbookStyleFor(8), anonymous: true }));
  const ctx: HandlerContext = { shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') };
  api = apiOver(ctx);
  roundId = (await api.ok('rounds/create', ROUND_2023)).id;
  await api.ok('units/import-registry', { file: inbox.registry });
  await api.job('jobs/import', { roundId, paths: [inbox.folder, strayFile] });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowOf = (board: Board, code: string) => board.rows.find((r) => r.unitCode === code)!;
const board = () => api.ok('rounds/board', { roundId });

describe('the specialist decides', () => {
  it('shows the report with the wrong total as errors, and the file naming no school with suggestions', async () => {
    const b = await board();
    expect(rowOf(b, wrongSum)).toMatchObject({ state: 'errors', inTotals: false });
    expect(rowOf(b, anonymous).state).toBe('missing');
    expect(b.unidentified).toHaveLength(1);
    const liênChâu = inbox.schools.filter((s) => s.name.normalize('NFC').includes('Liên Châu')).map((s) => s.code);
    expect(liênChâu.length).toBeGreaterThan(1);
    expect(b.unidentified[0].suggestions.map((s) => s.unitCode).sort()).toEqual([...liênChâu].sort());
    expect(b.unidentified[0].reason).toContain('baocao Liên Châu.xlsx');

    const report = await api.ok('reports/unit', { roundId, unitCode: wrongSum });
    const sum = report.findings.find((f) => f.rule === 'sum-mismatch')!;
    expect(sum).toMatchObject({ severity: 'error', fileId: report.files[0].fileId });
    expect(sum.where).toMatch(/!/);
    expect(report.tables.length).toBeGreaterThan(0);
    expect(report.tables[0].rows.flat().some((c) => c.where === report.values[0].where)).toBe(true);
  });

  it('corrects the total: the checks run on the new value, the old one is kept, and it survives re-import and re-check', async () => {
    const before = await api.ok('reports/unit', { roundId, unitCode: wrongSum });
    const total = before.values.find((v) => v.row === '1.0' && v.measure === 'people')!;
    const correct = inbox.figures.get(wrongSum)!['1.0']!.people! - 10;
    const decision = await api.ok('decisions/correct', { roundId, unitCode: wrongSum, row: '1.0', measure: 'people', value: correct, reason: 'Trường báo qua điện thoại: cộng nhầm', by: 'Nguyễn Thị Hoa' });
    expect(decision).toMatchObject({ kind: 'correct', oldValue: total.value, value: correct, cell: total.where, by: 'Nguyễn Thị Hoa' });

    const check = async () => {
      const after = await api.ok('reports/unit', { roundId, unitCode: wrongSum });
      expect(after.state).toBe('received');
      expect(after.findings.some((f) => f.rule === 'sum-mismatch')).toBe(false);
      expect(after.values.find((v) => v.row === '1.0' && v.measure === 'people')).toMatchObject({ value: correct, corrected: { from: total.value, decisionId: decision.id } });
      expect(rowOf(await board(), wrongSum).inTotals).toBe(true);
    };
    await check();
    await api.job('jobs/import', { roundId, paths: [inbox.folder] });
    await api.ok('units/import-registry', { file: inbox.registry });
    await api.ok('rounds/update', { roundId, deadline: '2023-10-19' });
    await check();

    const undone = await api.ok('decisions/undo', { decisionId: decision.id, by: 'Nguyễn Thị Hoa' });
    expect(undone.undoneBy).toBe('Nguyễn Thị Hoa');
    expect(rowOf(await board(), wrongSum).state).toBe('errors');
    expect((await api.refused('decisions/undo', { decisionId: decision.id })).code).toBe('conflict');
  });

  it('ties the stray file to its school by hand, keeps it tied through a re-check, and unties it on undo', async () => {
    const [stray] = (await board()).unidentified;
    const file = await api.ok('reports/file', { roundId, fileId: stray.fileId });
    expect(file.unitCode).toBeNull();
    expect(file.tables.length).toBeGreaterThan(0);
    const tie = await api.ok('decisions/tie', { roundId, fileId: stray.fileId, unitCode: anonymous, reason: 'Hiệu trưởng gọi điện xác nhận' });
    let b = await board();
    expect(rowOf(b, anonymous)).toMatchObject({ state: 'received', inTotals: true });
    expect(b.unidentified).toHaveLength(0);
    await api.job('jobs/import', { roundId, paths: [strayFile] });
    expect(rowOf(await board(), anonymous).state).toBe('received');
    const report = await api.ok('reports/unit', { roundId, unitCode: anonymous });
    expect(report.files[0]).toMatchObject({ matchBy: 'manual' });
    expect(report.files[0].matchEvidence).toContain('Hiệu trưởng gọi điện xác nhận');

    await api.ok('decisions/undo', { decisionId: tie.id });
    b = await board();
    expect(rowOf(b, anonymous).state).toBe('missing');
    expect(b.unidentified.map((u) => u.fileId)).toEqual([stray.fileId]);
  });

  it('returns a report with a reason and accepts one with errors; both show in the history', async () => {
    const school = inbox.schools[0].code;
    const returned = await api.ok('decisions/return', { roundId, unitCode: school, reason: 'Thiếu chữ ký hiệu trưởng' });
    const report = await api.ok('reports/unit', { roundId, unitCode: school });
    expect(report).toMatchObject({ state: 'returned', returnReason: 'Thiếu chữ ký hiệu trưởng' });
    expect(rowOf(await board(), school).inTotals).toBe(false);

    const errors = await api.ok('reports/unit', { roundId, unitCode: wrongSum });
    const ids = errors.findings.map((f) => f.id);
    await api.ok('decisions/accept', { roundId, unitCode: wrongSum, warnings: ids, reason: 'Sở cho phép dùng số liệu này' });
    const accepted = await api.ok('reports/unit', { roundId, unitCode: wrongSum });
    expect(accepted.state).toBe('accepted');
    expect(accepted.findings.every((f) => f.accepted)).toBe(true);

    const history = await api.ok('rounds/history', { roundId });
    expect(history.map((d) => d.kind)).toEqual(['correct', 'tie', 'return', 'accept']);
    expect(history.filter((d) => d.undoneAt).map((d) => d.kind)).toEqual(['correct', 'tie']);
    expect(returned.reason).toBe('Thiếu chữ ký hiệu trưởng');
    expect((await api.refused('decisions/return', { roundId, unitCode: anonymous, reason: 'x' })).code).toBe('conflict');
    expect((await api.refused('decisions/return', { roundId, unitCode: school, reason: '  ' })).fields?.[0].path).toBe('reason');
  });
});

describe('consolidation, the report draft and the outputs', () => {
  it('consolidates the round, drafts the report, saves an edited draft (refusing a bad one by its field) and renders it', async () => {
    const view = (await api.job('jobs/consolidate', { roundId })) as ConsolidationView;
    expect(view.version).toBe(1);
    const accepted = view.units.filter((u) => u.status === 'accepted').map((u) => u.code);
    expect(accepted).toContain(wrongSum);
    expect(accepted).not.toContain(inbox.schools[0].code);
    expect(view.units.find((u) => u.code === inbox.schools[0].code)?.why).toBe('Đã trả lại cho đơn vị.');
    expect(view.outputs.map((o) => o.kind)).toEqual(['xlsx']);
    expect(await api.ok('consolidation/latest', { roundId })).toEqual(view);

    const draft = await api.ok('report/draft', { roundId });
    expect(draft.summary).toContain('2023');
    const bad = await api.refused('report/save-draft', { roundId, draft: { ...draft, recipients: 'Sở GD&ĐT' } });
    expect(bad.code).toBe('invalid-input');
    expect(bad.fields?.map((f) => f.path)).toEqual(['recipients']);
    const edited = { ...draft, closing: [{ kind: 'paragraph' as const, text: 'Phòng đề nghị Sở tổ chức tập huấn về chuyển đổi số.' }] };
    expect(await api.ok('report/save-draft', { roundId, draft: edited, by: 'Nguyễn Thị Hoa' })).toEqual({ version: 1 });
    expect(await api.ok('report/draft', { roundId })).toEqual(edited);

    const outputs = (await api.job('jobs/render-report', { roundId })) as StoredOutput[];
    expect(outputs.map((o) => o.fileName)).toEqual(['bao-cao-2023.pdf', 'bao-cao-2023.docx', 'bao-cao-2023.json']);
    const pdf = await api.ok('outputs/read', { outputId: outputs[0].id });
    expect(pdf.mime).toBe('application/pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const json = await api.ok('outputs/read', { outputId: outputs[2].id });
    expect(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'))).toEqual(edited);
    expect((await api.ok('outputs/list', { roundId })).length).toBe(4);
  });
});
