import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { apiOver } from './api';

let dir: string;
let inbox: SampleInbox;
let api: ReturnType<typeof apiOver>;
let dbFile: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cai-dat-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), defaultTemplate(), { schools: 4, year: 2024, asEmails: true });
  dbFile = join(dir, 'kho', 'kho.sqlite');
  api = apiOver({ shell: 'web', dbFile });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the registry, the templates and the data folder', () => {
  it('proposes the week and deadline of a year, lists the built-in template, and ties mail to a unit once its address is added', async () => {
    expect(await api.ok('rounds/propose-dates', { year: 2023 })).toEqual({ weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' });
    const templates = await api.ok('templates/list', {});
    expect(templates.find((t) => t.id === defaultTemplate().id)).toMatchObject({ builtin: true });

    const round = await api.ok('rounds/create', { name: 'Tuần lễ HTSĐ 2024', year: 2024, weekStart: '2024-10-01', weekEnd: '2024-10-07', deadline: '2024-10-17' });
    const school = inbox.schools[2];
    // The registry knows the school under another name and without its address: its mail is not tied to it.
    await api.ok('units/save', { unit: { code: 'PGD-07', name: 'Trường Mầm non Hoa Sen', emails: [], type: 'MN' } });
    await api.job('jobs/import', { roundId: round.id, paths: [inbox.folder] });
    const before = await api.ok('rounds/board', { roundId: round.id });
    expect(before.rows.find((r) => r.unitCode === 'PGD-07')?.state).toBe('missing');

    const saved = await api.ok('units/save', { unit: { code: 'PGD-07', name: 'Trường Mầm non Hoa Sen', emails: [school.email.toUpperCase()], type: 'MN', students: 300 }, by: 'Nguyễn Thị Hoa' });
    expect(saved).toMatchObject({ code: 'PGD-07', emails: [school.email.toLowerCase()], inRegistry: true, students: 300 });
    const after = await api.ok('rounds/board', { roundId: round.id });
    expect(after.rows.find((r) => r.unitCode === 'PGD-07')?.state).toBe('accepted');
    const report = await api.ok('reports/unit', { roundId: round.id, unitCode: 'PGD-07' });
    expect(report.files[0]).toMatchObject({ matchBy: 'email', sender: school.email.toLowerCase() });
  });

  it('tells where the data is, backs it up, refuses to restore what is not a backup, and restores a backup', async () => {
    const info = await api.ok('data/info', {});
    expect(info).toMatchObject({ dataDir: join(dir, 'kho'), dbFile });
    expect(info.dbBytes).toBeGreaterThan(0);
    expect(info.originals).toBeGreaterThan(0);

    const backup = join(dir, 'sao-luu', 'kho-2024.sqlite');
    expect(await api.ok('data/backup', { file: backup })).toEqual({ file: backup });
    const [round] = await api.ok('rounds/list', {});
    await api.ok('rounds/create', { name: 'Đợt sau sao lưu', year: 2024, weekStart: '2024-10-01', weekEnd: '2024-10-07', deadline: '2024-10-17' });

    const junk = join(dir, 'rac.sqlite');
    writeFileSync(junk, 'không phải cơ sở dữ liệu');
    const refused = await api.refused('data/restore', { file: junk });
    expect(refused.code).toBe('unavailable');
    expect(refused.message).toContain('không phải bản sao lưu hợp lệ');
    expect((await api.refused('data/restore', { file: join(dir, 'khong-co.sqlite') })).code).toBe('not-found');
    expect(await api.ok('rounds/list', {})).toHaveLength(2);

    await api.ok('data/restore', { file: backup });
    expect((await api.ok('rounds/list', {})).map((r) => r.id)).toEqual([round.id]);
    expect(existsSync(`${dbFile}.truoc-khi-khoi-phuc`)).toBe(true);
  });
});
