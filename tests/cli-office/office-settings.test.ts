import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleInbox, type SampleInbox } from '../../scripts/sample/inbox';
import { readOfficeSettings, saveOfficeSettings, type OfficeSettingsView } from '../../src-main/core/settings/office-settings';
import { officeSettingsFields } from '../../src-main/core/settings/office-settings-schema';
import { Store } from '../../src-main/core/store/store';
import { defaultTemplate } from '../../src-main/core/templates/builtins';
import { runCli } from '../job/run-cli';
import { discPng, readDocx, readPdf } from '../report/helpers';
import { auditRows, type CliJson } from './fixture';

let dir: string;
let inbox: SampleInbox;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-settings-'));
  inbox = await writeSampleInbox(dir, defaultTemplate(), { schools: 3, year: 2023, missingShare: 0 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Thanh Oai's settings as a specialist would type them: mixed case, a signature image beside the file. */
const thanhOai = {
  superiorBody: 'UBND huyện Thanh Oai',
  officeName: 'Phòng Giáo dục và Đào tạo',
  place: 'Thanh Oai',
  docCode: 'BC-PGDĐT',
  docNumber: '125',
  recipientTo: 'Sở Giáo dục và Đào tạo Hà Nội',
  signer: { prefix: 'KT.', authorityTitle: 'Trưởng phòng', title: 'Phó Trưởng phòng', name: 'Nguyễn Thị Hoa' },
  distribution: ['Sở GD&ĐT Hà Nội (để b/c)', 'UBND huyện (để b/c)', 'Lưu: VT, GDTX'],
  signatureImage: 'chu-ky.png',
};

function settingsFile(name: string, settings: unknown): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'chu-ky.png'), discPng(60, 30, [20, 20, 160]));
  const file = join(folder, 'cai-dat.json');
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return file;
}

/** The settings as the store holds them, read in this process. */
function inStore(db: string): OfficeSettingsView {
  const store = new Store(db);
  try {
    return readOfficeSettings(store);
  } finally {
    store.close();
  }
}

async function pdfText(json: CliJson): Promise<string> {
  return (await readPdf(readFileSync(json.outputs.pdf))).map((p) => p.text).join(' ');
}

describe('npm run cli -- settings', () => {
  it('prints the settings of a new store, every one marked as a default', () => {
    const run = runCli(['settings', '--db', join(dir, 'kho-moi', 'kho.sqlite'), '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Họ tên người ký (signer.name): (Chưa cấu hình người ký)   [mặc định]');
    expect(run.stderr).toContain('Cơ quan ban hành (officeName): PHÒNG GIÁO DỤC VÀ ĐÀO TẠO   [mặc định]');
    expect((JSON.parse(run.stdout) as OfficeSettingsView).defaults).toEqual(officeSettingsFields.map((f) => f.path));
  });

  it('stores valid settings (audited) and consolidate --db prints the office, place and signer in the PDF and the Word file', async () => {
    const db = join(dir, 'kho', 'kho.sqlite');
    const file = settingsFile('hop-le', thanhOai);
    const set = runCli(['settings', '--db', db, '--set', file, '--by', 'Trần Văn Nam', '--json']);
    expect(set.status, set.stderr).toBe(0);
    expect(set.stderr).toContain('Đã lưu cài đặt văn bản');
    expect(set.stderr).toContain('Họ tên người ký (signer.name): Nguyễn Thị Hoa\n');

    const view = JSON.parse(set.stdout) as OfficeSettingsView;
    expect(view.settings).toMatchObject({ officeName: 'Phòng Giáo dục và Đào tạo', signer: { name: 'Nguyễn Thị Hoa' } });
    expect(view.settings.signatureImage).toBe(join(dir, 'hop-le', 'chu-ky.png'));
    expect(view.defaults).toEqual(['sealImage', 'margins.top', 'margins.bottom', 'margins.left', 'margins.right']);
    expect(inStore(db)).toEqual(view);
    const audit = auditRows(db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Trần Văn Nam', entity: 'setting', entity_id: 'office', old_value: null });

    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'out-db'), '--db', db, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as CliJson;
    const text = await pdfText(json);
    for (const s of ['UBND HUYỆN THANH OAI', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 125/BC-PGDĐT', 'Thanh Oai, ngày', 'Kính gửi: Sở Giáo dục và Đào tạo Hà Nội', 'KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', 'Nguyễn Thị Hoa', '- Lưu: VT, GDTX.']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('Chưa cấu hình người ký');
    const docx = await readDocx(readFileSync(json.outputs.docx));
    expect(docx.text).toContain('Nguyễn Thị Hoa');
    expect(docx.files.some((f) => f.startsWith('word/media/'))).toBe(true);
  });

  it('refuses invalid settings with a Vietnamese message naming each bad field, exit 2, the store unchanged', () => {
    const db = join(dir, 'kho-sai', 'kho.sqlite');
    mkdirSync(join(dir, 'kho-sai'));
    const store = new Store(db);
    saveOfficeSettings(store, { place: 'Thanh Oai' }, 'chuyên viên');
    store.close();
    const before = inStore(db);

    const bad = settingsFile('sai', {
      officeName: '  ',
      offceName: 'Phòng GD',
      docCode: 'bc pgd',
      signer: { prefix: 'KT', name: 'Nguyễn Thị Hoa' },
      distribution: [],
      margins: { left: 10 },
    });
    const run = runCli(['settings', '--db', db, '--set', bad]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr;
    expect(lines).toContain('Lỗi: Tệp cài đặt cai-dat.json không dùng được:');
    expect(lines).toContain('Trường "officeName" (Cơ quan ban hành): không được để trống');
    expect(lines).toContain('có trường không dùng đến: "offceName" (gõ sai tên?)');
    expect(lines).toContain('Trường "docCode" (Ký hiệu văn bản): chỉ gồm chữ in hoa, chữ số và dấu "-"');
    expect(lines).toContain('Trường "signer.prefix" (Thẩm quyền ký: KT., TM., Q., TL., TUQ. hoặc để trống): phải là một trong: "", "KT.", "TM.", "Q.", "TL.", "TUQ."');
    expect(lines).toContain('Trường "distribution" (Nơi nhận): cần ít nhất 1 mục');
    expect(lines).toContain('Trường "margins.left" (Lề trái (mm)): phải từ 30 đến 35 mm theo Nghị định 30/2020');
    expect(inStore(db)).toEqual(before);
    expect(auditRows(db)).toHaveLength(1);
  });

  it('refuses a signature image that is missing, naming it, before the store is even opened', () => {
    const db = join(dir, 'kho-anh', 'kho.sqlite');
    const file = settingsFile('anh-sai', { ...thanhOai, signatureImage: 'khong-co.png' });
    const run = runCli(['settings', '--db', db, '--set', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Không đọc được ảnh chữ ký tại "${join(dir, 'anh-sai', 'khong-co.png')}"`);
    expect(existsSync(db)).toBe(false);
  });

  it('consolidate --settings uses a settings file for one run, without a store', async () => {
    const file = settingsFile('mot-lan', { ...thanhOai, place: 'Ứng Hòa', superiorBody: 'UBND huyện Ứng Hòa', signer: { prefix: '', title: 'Trưởng phòng', name: 'Lê Văn Bình' } });
    const run = runCli(['consolidate', inbox.folder, '--units', inbox.registry, '--out', join(dir, 'out-file'), '--settings', file, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const text = await pdfText(JSON.parse(run.stdout) as CliJson);
    for (const s of ['UBND HUYỆN ỨNG HÒA', 'Ứng Hòa, ngày', 'TRƯỞNG PHÒNG', 'Lê Văn Bình']) expect(text).toContain(s);
    expect(text).not.toContain('KT.');

    const bad = settingsFile('mot-lan-sai', { signer: { name: '' } });
    const refused = runCli(['consolidate', inbox.folder, '--out', join(dir, 'out-bad'), '--settings', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Trường "signer.name" (Họ tên người ký): không được để trống');
  });
});
