import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board, ImportBatch } from '../../src-main/api/contract';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import type { HandlerContext } from '../../src-main/handlers';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { registryWorkbook } from '../../scripts/sample/registry';
import { apiOver, ROUND_2023 } from './api';

let dir: string;
let inbox: SampleInbox;
/** The office's own codes, unlike the ones the app makes from the schools' names. */
let registryFile: string;
let officeCodes: string[];
let ctx: HandlerContext;
let api: ReturnType<typeof apiOver>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dot-bao-cao-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 5, year: 2023 });
  const office = inbox.schools.map((s, i) => ({ ...s, code: `PGD-${String(i + 1).padStart(2, '0')}` }));
  officeCodes = office.map((s) => s.code);
  registryFile = join(dir, 'Danh sách đơn vị của Phòng.xlsx');
  writeFileSync(registryFile, await registryWorkbook(office));
  ctx = { shell: 'web', dbFile: join(dir, 'kho', 'kho.sqlite') };
  api = apiOver(ctx);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byState = (board: Board) => Object.fromEntries(board.rows.map((r) => [r.unitCode, r.state]));

describe('a round from a store without a registry to one with it', () => {
  it('ties the files to the registry units once the registry arrives, and the units made from documents merge away', async () => {
    const round = await api.ok('rounds/create', ROUND_2023);
    expect(round).toMatchObject({ name: 'Tuần lễ HTSĐ 2023', templateId: defaultTemplate().id, closed: false });

    const batch = (await api.job('jobs/import', { roundId: round.id, paths: [inbox.folder], source: 'Thư mục hộp thư' })) as ImportBatch;
    expect(batch.counts).toMatchObject({ tied: 5, unidentified: 0, unreadable: 0 });
    expect(batch.source).toBe('Thư mục hộp thư');

    const before = await api.ok('rounds/board', { roundId: round.id });
    expect(before.rows).toHaveLength(5);
    expect(before.rows.every((r) => !r.inRegistry && r.state === 'received')).toBe(true);
    expect(before.rows.some((r) => officeCodes.includes(r.unitCode))).toBe(false);

    const registry = await api.ok('units/import-registry', { file: registryFile, by: 'Nguyễn Thị Hoa' });
    expect(registry).toMatchObject({ added: 5, updated: 0, problems: [] });

    const after = await api.ok('rounds/board', { roundId: round.id });
    expect(after.rows.map((r) => r.unitCode).sort()).toEqual(officeCodes);
    expect(after.rows.every((r) => r.inRegistry && r.state === 'received' && r.inTotals)).toBe(true);
    expect(after.round.progress).toMatchObject({ expected: 5, received: 5, withErrors: 0, unidentified: 0 });
    const units = await api.ok('units/list', {});
    expect(units.map((u) => u.code).sort()).toEqual(officeCodes);
    expect(units.every((u) => u.inRegistry)).toBe(true);

    // Importing the same folder again changes nothing.
    const again = (await api.job('jobs/import', { roundId: round.id, paths: [inbox.folder] })) as ImportBatch;
    expect(again.counts['already-there']).toBe(5);
    expect(byState(await api.ok('rounds/board', { roundId: round.id }))).toEqual(byState(after));
    expect(await api.ok('rounds/batches', { roundId: round.id })).toHaveLength(2);
  });

  it('marks reports late when the specialist moves the deadline, and back when she moves it again', async () => {
    const [round] = await api.ok('rounds/list', {});
    expect(round.progress.late).toBe(0);
    // The sample schools sent their reports from 9 to 13 October.
    await api.ok('rounds/update', { roundId: round.id, deadline: '2023-10-10', by: 'Nguyễn Thị Hoa' });
    const board = await api.ok('rounds/board', { roundId: round.id });
    const late = board.rows.filter((r) => r.late);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((r) => r.receivedAt! > '2023-10-10T17')).toBe(true);
    expect(board.round.progress.late).toBe(late.length);
    await api.ok('rounds/update', { roundId: round.id, deadline: '2023-10-18' });
    expect((await api.ok('rounds/get', { roundId: round.id })).progress.late).toBe(0);
  });

  it('locks a closed round against imports and decisions until it is reopened', async () => {
    const [round] = await api.ok('rounds/list', {});
    await api.ok('rounds/close', { roundId: round.id });
    const refused = await api.refused('jobs/import', { roundId: round.id, paths: [inbox.folder] });
    expect(refused).toMatchObject({ code: 'round-closed' });
    expect(refused.message).toContain('đã khóa');
    expect((await api.refused('rounds/update', { roundId: round.id, deadline: '2023-10-20' })).code).toBe('round-closed');
    const reopened = await api.ok('rounds/reopen', { roundId: round.id });
    expect(reopened.closed).toBe(false);
  });

  it('answers a bad request with the path of every bad field, in Vietnamese', async () => {
    const error = await api.refused('rounds/create', { name: '', year: 1890, weekStart: '2023-10-02', weekEnd: '02/10/2023', deadline: '2023-10-18' });
    expect(error.code).toBe('invalid-input');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['name', 'weekEnd', 'year']);
    expect(error.fields?.find((f) => f.path === 'weekEnd')?.message).toBe('phải là ngày dạng yyyy-mm-dd');
    const unit = await api.refused('units/save', { unit: { code: 'TH-X', name: 'Trường TH X', emails: ['thx@', 'ok@pgd.edu.vn', 'không phải'] } });
    expect(unit.fields?.map((f) => f.path)).toEqual(['unit.emails.0', 'unit.emails.2']);
    expect((await api.refused('rounds/get', { roundId: 999 })).code).toBe('not-found');
    expect((await api.refused('khong/co', {})).code).toBe('not-found');
  });
});
