import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreDatabase } from '../../src-main/core/store/backup';
import { openDatabase } from '../../src-main/core/store/database';
import { migrations } from '../../src-main/core/store/migrations';
import { sha256 } from '../../src-main/core/store/originals';
import type { Verdict } from '../../src-main/core/model/submission';
import { createRound } from '../../src-main/core/round/rounds';
import type { Arrival } from '../../src-main/core/store/received-repo';
import { Store } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

const verdict = (extra: Partial<Verdict> = {}): Verdict => ({
  kind: 'xlsx',
  unitCode: 'TH-LC',
  status: 'read',
  hasTable: true,
  sections: [{ heading: 'II. ĐÁNH GIÁ CHUNG', paragraphs: ['Học sinh tích cực tham gia.'] }],
  values: [{ row: '1.1', measure: 'people', value: 1500, where: 'Sheet1!E8', raw: '1.500' }],
  findings: [{ severity: 'error', rule: 'sum-mismatch', where: 'Sheet1!E7', message: 'Dòng 1.0 sai tổng' }],
  ...extra,
});

const arrival = (name: string, content: string): Arrival => ({ file: { name, origin: name, bytes: Buffer.from(content) }, container: name });

/** Records files as one batch, each with its verdict, the way an import does; returns whether each was new. */
function recordFiles(store: Store, roundId: number, files: Array<[Arrival, Verdict]>): boolean[] {
  return store.transaction(() => {
    const { ids } = store.received.record(roundId, 'thư mục thử', 'chuyên viên', files.map(([a]) => a), 1);
    store.received.saveVerdicts(ids.map(({ id }, i) => ({ id, verdict: files[i][1] })));
    return ids.map((x) => !x.existed);
  });
}

function newRound(store: Store): number {
  return createRound(store, llw2022, { year: 2023 }, 'chuyên viên').id;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store', () => {
  it('creates a WAL database with foreign keys and every migration applied', () => {
    new Store(join(dir, 'kho.sqlite')).close();
    const db = new Database(join(dir, 'kho.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
    const opened = openDatabase(join(dir, 'kho.sqlite'));
    expect(opened.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.close();
  });

  it('refuses a database written by a newer version of the app and leaves it untouched', () => {
    const path = join(dir, 'moi.sqlite');
    const db = new Database(path);
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    expect(() => openDatabase(path)).toThrow(/phiên bản mới hơn/);
    const again = new Database(path);
    expect(again.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    again.close();
  });

  it('keeps originals content-addressed and records a re-import of the same file as nothing new', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@thanhoai.edu.vn'] }], true);
    const f = arrival('Báo cáo HTSĐ.xlsx', 'nội dung tệp');
    expect(recordFiles(store, round, [[f, verdict()]])).toEqual([true]);
    expect(recordFiles(store, round, [[f, verdict()]])).toEqual([false]);
    const subs = store.received.submissions(round);
    expect(subs).toHaveLength(1);
    expect(subs[0].values).toEqual(verdict().values);
    expect(subs[0].findings).toHaveLength(1);
    expect(subs[0].sections[0].heading).toBe('II. ĐÁNH GIÁ CHUNG');
    const hash = sha256(f.file.bytes);
    expect(subs[0].sha256).toBe(hash);
    expect(readFileSync(store.originals.pathOf(hash), 'utf8')).toBe('nội dung tệp');
    expect(store.received.batches(round)).toHaveLength(2);
    store.close();
  });

  it('gives back every number exactly as it was read, with its cell and its text, in each file', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    const awkward = [0.1 + 0.2, 1234567.891234567, 2 ** 53 + 2, 1 / 3, 1.5e21, 12.5, 0];
    const values = awkward.map((value, i) => ({ row: `10.${i + 1}`, measure: 'value' as const, value, where: `'Biểu mẫu 1'!D${i + 7}`, raw: i ? `${value}` : 'Kinh phí "xã hội hóa": 0,3 tỉ'.normalize('NFD') }));
    recordFiles(store, round, [[arrival('a.xlsx', 'a'), verdict({ values })], [arrival('b.xlsx', 'b'), verdict({ values: [] })], [arrival('c.xlsx', 'c'), verdict()]]);
    const subs = store.received.submissions(round);
    expect(subs.map((s) => s.values)).toEqual([values, [], verdict().values]);
    for (const [i, v] of subs[0].values.entries()) expect(Object.is(v.value, awkward[i])).toBe(true);
    expect(store.received.submissions(round, { withValues: false }).map((s) => s.values)).toEqual([[], [], []]);
    store.close();
  });

  it('keeps the numbers of a store made before they were kept per file, exactly, when it opens it', () => {
    const file = join(dir, 'kho.sqlite');
    const store = new Store(file);
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    const values = [
      { row: '10.1', measure: 'value' as const, value: 0.1 + 0.2, where: 'Sheet1!D7', raw: '0,3' },
      { row: '1.1', measure: 'people' as const, value: 2 ** 53 + 2, where: 'Sheet1!E8', raw: '9.007.199.254.740.994' },
      { row: '1.1', measure: 'count' as const, value: 1234567.891234567, where: 'Sheet1!D8', raw: 'một triệu'.normalize('NFD') },
    ];
    recordFiles(store, round, [[arrival('a.xlsx', 'a'), verdict({ values })], [arrival('b.xlsx', 'b'), verdict({ values: [] })]]);
    const expected = store.received.submissions(round).map((s) => s.values);
    store.close();
    // The store as schema 4 had it: a row per number.
    const old = new Database(file);
    old.exec(`CREATE TABLE extracted_values (submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE, row_code TEXT NOT NULL,
      measure TEXT NOT NULL, value REAL NOT NULL, cell TEXT NOT NULL, raw TEXT NOT NULL, PRIMARY KEY (submission_id, row_code, measure))`);
    const id = (old.prepare("SELECT id FROM submissions WHERE file_name = 'a.xlsx'").get() as { id: number }).id;
    const insert = old.prepare('INSERT INTO extracted_values VALUES (?, ?, ?, ?, ?, ?)');
    for (const v of values) insert.run(id, v.row, v.measure, v.value, v.where, v.raw);
    old.exec('ALTER TABLE submissions DROP COLUMN numbers');
    old.pragma('user_version = 4');
    old.close();

    const opened = new Store(file);
    const migrated = opened.received.submissions(round).map((s) => s.values);
    expect(migrated).toEqual(expected);
    expect(migrated[0].map((v) => v.row + v.measure)).toEqual(['1.1count', '1.1people', '10.1value']);
    for (const v of migrated[0]) expect(Object.is(v.value, values.find((w) => w.where === v.where)!.value)).toBe(true);
    opened.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extracted_values'").all()).toEqual([]);
    db.close();
  });

  it('keeps one number per row and measure of a file, the last one read', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    const twice = [
      { row: '1.1', measure: 'people' as const, value: 10, where: 'Sheet1!E8', raw: '10' },
      { row: '1.1', measure: 'people' as const, value: 12, where: 'Sheet2!E8', raw: '12' },
    ];
    recordFiles(store, round, [[arrival('a.xlsx', 'a'), verdict({ values: twice })]]);
    expect(store.received.submissions(round)[0].values).toEqual([twice[1]]);
    store.close();
  });

  it('rolls back the whole batch when one file cannot be recorded', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    const good: [Arrival, Verdict] = [arrival('a.xlsx', 'a'), verdict()];
    const bad: [Arrival, Verdict] = [arrival('b.xlsx', 'b'), verdict({ unitCode: 'KHONG-CO' })]; // unknown unit: foreign key fails
    expect(() => recordFiles(store, round, [good, bad])).toThrow();
    expect(store.received.submissions(round)).toHaveLength(0);
    expect(store.received.batches(round)).toHaveLength(0);
    store.close();
  });

  it('audits a settings change with the old and the new value', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    store.settings.set('office', { place: 'Thanh Oai' }, 'Nguyễn Thị Hoa');
    store.settings.set('office', { place: 'Ứng Hòa' }, 'Nguyễn Thị Hoa');
    expect(store.audit.about('setting', 'office').map(({ actor, oldValue, newValue, reason }) => ({ actor, oldValue, newValue, reason }))).toEqual([
      { actor: 'Nguyễn Thị Hoa', oldValue: null, newValue: '{"place":"Thanh Oai"}', reason: 'Cập nhật cài đặt' },
      { actor: 'Nguyễn Thị Hoa', oldValue: '{"place":"Thanh Oai"}', newValue: '{"place":"Ứng Hòa"}', reason: 'Cập nhật cài đặt' },
    ]);
    store.close();
  });

  it('backs up a live store and restores it, keeping the replaced one', async () => {
    const path = join(dir, 'kho.sqlite');
    const store = new Store(path);
    const round = newRound(store);
    store.units.save([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    recordFiles(store, round, [[arrival('a.xlsx', 'a'), verdict()]]);
    await store.backup(join(dir, 'sao-luu', 'kho-1.sqlite'));
    recordFiles(store, round, [[arrival('b.xlsx', 'b'), verdict()]]);
    store.close();

    restoreDatabase(join(dir, 'sao-luu', 'kho-1.sqlite'), path);
    const restored = new Store(path);
    expect(restored.received.submissions(round).map((s) => s.fileName)).toEqual(['a.xlsx']);
    restored.close();
    expect(readdirSync(dir)).toContain('kho.sqlite.truoc-khi-khoi-phuc');
  });

  it('refuses to restore from a file that is not a backup', () => {
    const path = join(dir, 'kho.sqlite');
    new Store(path).close();
    writeFileSync(join(dir, 'rac.sqlite'), 'không phải cơ sở dữ liệu');
    expect(() => restoreDatabase(join(dir, 'rac.sqlite'), path)).toThrow(/không phải bản sao lưu hợp lệ/);
  });
});
