import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src-main/core/store/migrations';
import { OriginalsStore } from '../../src-main/core/store/originals';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { schoolWorkbook, workbookStyleFor } from '../../scripts/sample/school-workbook';
import { apiOver, ROUND_2023 } from './api';

const template = defaultTemplate();
let dir: string;
let inbox: SampleInbox;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'huy-va-nang-cap-'));
  inbox = await writeSampleInbox(join(dir, 'nhan'), template, { schools: 40, year: 2023 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jobs/cancel', () => {
  it('stops an import while it reads, and the store stays as it was', async () => {
    const api = apiOver({ shell: 'web', dbFile: join(dir, 'huy', 'kho.sqlite') });
    const round = await api.ok('rounds/create', ROUND_2023);
    await api.ok('units/import-registry', { file: inbox.registry });
    const { jobId } = await api.ok('jobs/import', { roundId: round.id, paths: [inbox.folder] });
    let status = await api.ok('jobs/status', { jobId });
    while (status.state === 'running' && !status.current.startsWith('Đang đọc')) {
      await new Promise((r) => setTimeout(r, 5));
      status = await api.ok('jobs/status', { jobId });
    }
    expect(status).toMatchObject({ state: 'running', kind: 'import', total: 40 });
    expect(status.current).toMatch(/^Đang đọc \d+\/40: /);
    expect((await api.ok('jobs/cancel', { jobId })).state).toBe('cancelled');
    expect((await api.finished(jobId)).state).toBe('cancelled');

    expect(await api.ok('rounds/batches', { roundId: round.id })).toEqual([]);
    const board = await api.ok('rounds/board', { roundId: round.id });
    expect(board.rows.every((r) => r.state === 'missing')).toBe(true);
    expect(board.unidentified).toEqual([]);

    // The store is whole: the same import, run to the end, records every file.
    const batch = await api.job('jobs/import', { roundId: round.id, paths: [inbox.folder] });
    expect(batch).toMatchObject({ counts: { tied: 40 } });
    expect((await api.refused('jobs/status', { jobId: 'khong-co' })).code).toBe('not-found');
  });
});

describe('a store of the first version', () => {
  it('is migrated with its round and files, and a re-check reads its originals again', async () => {
    const dbFile = join(dir, 'cu', 'kho.sqlite');
    const school = inbox.schools[3];
    const bytes = await schoolWorkbook(school, template, inbox.figures.get(school.code)!, 2023, workbookStyleFor(3));
    const sha = new OriginalsStore(join(dir, 'cu', 'originals')).put(bytes);
    const old = new Database(dbFile);
    old.exec(migrations[0]);
    old.pragma('user_version = 1');
    old.prepare('INSERT INTO templates (id, version, name, body, builtin) VALUES (?, ?, ?, ?, 0)').run(template.id, template.version, template.name, JSON.stringify(template));
    old.prepare("INSERT INTO rounds (template_id, template_version, year, week_start, week_end, deadline, created_at) VALUES (?, ?, 2023, '2023-10-02', '2023-10-08', '2023-10-18', '2023-10-20T02:00:00Z')").run(template.id, template.version);
    old.prepare("INSERT INTO originals (sha256, size, stored_at) VALUES (?, ?, '2023-10-20T02:00:00Z')").run(sha, bytes.length);
    old.prepare(
      `INSERT INTO submissions (round_id, sha256, file_name, origin, container, received_at, kind, status, imported_at)
       VALUES (1, ?, 'baocao.xlsx', 'hop-thu/baocao.xlsx', 'hop-thu/baocao.xlsx', '2023-10-12T03:00:00Z', 'xlsx', 'read', '2023-10-20T02:00:00Z')`,
    ).run(sha);
    old.prepare("INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value, reason) VALUES ('2023-10-20T02:00:00Z', 'chuyên viên', 'setting', 'office', 'value', NULL, '{}', 'Cập nhật cài đặt')").run();
    old.close();

    const api = apiOver({ shell: 'web', dbFile });
    const [round] = await api.ok('rounds/list', {});
    expect(round).toMatchObject({ id: 1, name: `${template.name} năm 2023`, level: 'school', closed: false, deadline: '2023-10-18' });
    const second = await api.ok('rounds/create', { name: 'Đợt bổ sung 2023', year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-11-30' });
    expect(second.id).toBe(2);

    await api.ok('units/import-registry', { file: inbox.registry });
    const report = await api.ok('reports/unit', { roundId: 1, unitCode: school.code });
    expect(report.files.map((f) => f.fileName)).toEqual(['baocao.xlsx']);
    expect(report.values.find((v) => v.row === '1.0' && v.measure === 'people')?.value).toBe(inbox.figures.get(school.code)!['1.0']!.people);

    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT count(*) FROM audit').pluck().get()).toBeGreaterThan(1);
    expect(db.prepare('SELECT reader_version FROM read_outcomes WHERE sha256 = ?').pluck().get(sha)).toBe(1);
    db.close();
  });
});
