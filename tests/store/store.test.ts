import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src-main/core/store/backup';
import { openDatabase } from '../../src-main/core/store/database';
import { migrations } from '../../src-main/core/store/migrations';
import { sha256 } from '../../src-main/core/store/originals';
import { Store, type ImportedFile } from '../../src-main/core/store/store';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

const campaign = { year: 2023, weekStart: '2023-10-02', weekEnd: '2023-10-08', deadline: '2023-10-18' };

function file(name: string, content: string, extra: Partial<ImportedFile> = {}): ImportedFile {
  return {
    bytes: Buffer.from(content),
    fileName: name,
    origin: name,
    container: name,
    kind: 'xlsx',
    unitCode: 'TH-LC',
    status: 'read',
    hasTable: true,
    sections: [{ heading: 'II. ĐÁNH GIÁ CHUNG', paragraphs: ['Học sinh tích cực tham gia.'] }],
    values: [{ row: '1.1', measure: 'people', value: 1500, where: 'Sheet1!E8', raw: '1.500' }],
    findings: [{ severity: 'error', rule: 'sum-mismatch', where: 'Sheet1!E7', message: 'Dòng 1.0 sai tổng' }],
    ...extra,
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('store', () => {
  it('creates a WAL database with foreign keys and every migration applied', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    store.close();
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
    const round = store.ensureRound(llw2022, campaign);
    store.saveUnits([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@thanhoai.edu.vn'] }], true);
    const f = file('Báo cáo HTSĐ.xlsx', 'nội dung tệp');
    expect(store.recordImport(round, [f])).toEqual({ added: 1, alreadyThere: 0 });
    expect(store.recordImport(round, [f])).toEqual({ added: 0, alreadyThere: 1 });
    const subs = store.submissions(round);
    expect(subs).toHaveLength(1);
    expect(subs[0].values).toEqual(f.values);
    expect(subs[0].findings).toHaveLength(1);
    expect(subs[0].sections[0].heading).toBe('II. ĐÁNH GIÁ CHUNG');
    const hash = sha256(f.bytes);
    expect(subs[0].sha256).toBe(hash);
    expect(readFileSync(store.originals.pathOf(hash), 'utf8')).toBe('nội dung tệp');
    store.close();
  });

  it('rolls back the whole batch when one file cannot be recorded', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = store.ensureRound(llw2022, campaign);
    store.saveUnits([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    const good = file('a.xlsx', 'a');
    const bad = file('b.xlsx', 'b', { unitCode: 'KHONG-CO' }); // unknown unit: foreign key fails
    expect(() => store.recordImport(round, [good, bad])).toThrow();
    expect(store.submissions(round)).toHaveLength(0);
    store.close();
  });

  it('audits a manual reassignment and a settings change', () => {
    const store = new Store(join(dir, 'kho.sqlite'));
    const round = store.ensureRound(llw2022, campaign);
    store.saveUnits(
      [
        { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] },
        { code: 'THCS-LC', name: 'Trường THCS Liên Châu', emails: [] },
      ],
      true,
    );
    store.recordImport(round, [file('a.xlsx', 'a')]);
    const id = store.submissions(round)[0].id;
    store.reassignSubmission(id, 'THCS-LC', 'chuyên viên', 'Trường gửi nhầm tên');
    store.setSetting('office', { place: 'Thanh Oai' });
    const audit = store.db.prepare('SELECT entity, field, old_value, new_value, reason FROM audit ORDER BY id').all();
    expect(audit).toEqual([
      { entity: 'submission', field: 'unit_code', old_value: 'TH-LC', new_value: 'THCS-LC', reason: 'Trường gửi nhầm tên' },
      { entity: 'setting', field: 'value', old_value: null, new_value: '{"place":"Thanh Oai"}', reason: 'Cập nhật cài đặt' },
    ]);
    expect(store.submissions(round)[0].unitCode).toBe('THCS-LC');
    store.close();
  });

  it('backs up a live store and restores it, keeping the replaced one', async () => {
    const path = join(dir, 'kho.sqlite');
    const store = new Store(path);
    const round = store.ensureRound(llw2022, campaign);
    store.saveUnits([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: [] }], true);
    store.recordImport(round, [file('a.xlsx', 'a')]);
    await backupDatabase(store.db, join(dir, 'sao-luu', 'kho-1.sqlite'));
    store.recordImport(round, [file('b.xlsx', 'b')]);
    store.close();

    restoreDatabase(join(dir, 'sao-luu', 'kho-1.sqlite'), path);
    const restored = new Store(path);
    expect(restored.submissions(round).map((s) => s.fileName)).toEqual(['a.xlsx']);
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
