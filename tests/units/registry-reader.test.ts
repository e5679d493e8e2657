import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readUnitRegistry } from '../../src-main/core/units/registry-reader';
import { ReadError } from '../../src-main/core/readers/read-error';
import { registryWorkbook, windows1258 } from './registry-fixtures';

const nfd = (s: string) => s.normalize('NFD');

describe('readUnitRegistry from xlsx', () => {
  it('finds the header under a title row and reads every unit, NFD names and several emails per cell', async () => {
    const bytes = await registryWorkbook([
      [1, 'TH-LC', nfd('Trường Tiểu học Liên Châu'), 'c1lienchau@hanoiedu.vn; TH.LienChau@Gmail.com , bgh.thlc@gmail.com', 'TH', '1.234'],
      [2, 'THCS-CD', nfd('Trường THCS Cao Dương'), { text: 'thcscaoduong@hanoiedu.vn', hyperlink: 'mailto:thcscaoduong@hanoiedu.vn' }, 'Trung học cơ sở', 540],
      [3, 'TTHTCD-KA', 'TTHTCĐ xã Kim An', '', '', ''],
    ]);
    const { units, findings } = await readUnitRegistry(bytes, 'danh-sach-don-vi.xlsx');
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@hanoiedu.vn', 'th.lienchau@gmail.com', 'bgh.thlc@gmail.com'], type: 'TH', students: 1234 },
      { code: 'THCS-CD', name: 'Trường THCS Cao Dương', emails: ['thcscaoduong@hanoiedu.vn'], type: 'THCS', students: 540 },
      { code: 'TTHTCD-KA', name: 'TTHTCĐ xã Kim An', emails: [] },
    ]);
    expect(units[0].name).toBe(units[0].name.normalize('NFC'));
  });

  it('reports duplicate codes, rows without a name, bad emails and bad student counts by row, and keeps the rest', async () => {
    const bytes = await registryWorkbook([
      [1, 'TH-LC', 'Trường Tiểu học Liên Châu', 'thlc@hanoiedu.vn', 'TH', 800],
      [2, 'TH-LC', 'Trường Tiểu học Cao Dương', 'thcd@hanoiedu.vn', 'TH', 700],
      [3, 'MN-BH', '', 'mnbh@hanoiedu.vn', 'MN', 300],
      [],
      [5, 'THCS-CD', 'Trường THCS Cao Dương', 'thcs.caoduong@ hanoiedu, thcscd@hanoiedu.vn', 'THCS', 'khoảng 500'],
    ]);
    const { units, findings } = await readUnitRegistry(bytes, 'ds.xlsx');
    expect(units.map((u) => u.code)).toEqual(['TH-LC', 'THCS-CD']);
    expect(units[1].emails).toEqual(['thcscd@hanoiedu.vn']);
    expect(units[1].students).toBeUndefined();
    const byRule = Object.fromEntries(findings.map((f) => [f.rule, f]));
    expect(byRule['unit-duplicate-code']).toMatchObject({ severity: 'error', where: 'Danh sách!B5' });
    expect(byRule['unit-duplicate-code'].message).toMatch(/^Dòng 5: mã đơn vị "TH-LC" trùng với dòng 4/);
    expect(byRule['unit-missing-name'].message).toMatch(/^Dòng 6: thiếu tên đơn vị \(mã "MN-BH"\)/);
    expect(findings.filter((f) => f.rule === 'unit-bad-email').map((f) => f.message)).toEqual([
      'Dòng 8: địa chỉ email "thcs.caoduong@" không hợp lệ, bỏ qua. (tệp ds.xlsx)',
      'Dòng 8: địa chỉ email "hanoiedu" không hợp lệ, bỏ qua. (tệp ds.xlsx)',
    ]);
    expect(byRule['unit-bad-students'].message).toContain('Dòng 8: số học sinh "khoảng 500"');
  });

  it('makes a code for a unit without one, and warns about two rows naming the same school', async () => {
    const bytes = await registryWorkbook([
      [1, '', 'Trường Mầm non Bích Hòa', 'mnbh@hanoiedu.vn'],
      [2, 'MN-BH2', 'MN Bích Hoà', 'mnbh2@hanoiedu.vn'],
      [3, 'TH-BH', 'Trường Tiểu học Bích Hòa', 'thbh@hanoiedu.vn'],
      [4, 'MN-BICH-HOA', 'Trường Mầm non Hoa Sen', 'mnhs@hanoiedu.vn'],
    ], ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Email']);
    const { units, findings } = await readUnitRegistry(bytes, 'ds.xlsx');
    expect(units.map((u) => u.code)).toEqual(['MN-BICH-HOA-2', 'MN-BH2', 'TH-BH', 'MN-BICH-HOA']);
    expect(findings.map((f) => f.rule)).toEqual(['unit-missing-code', 'unit-duplicate-name']);
    expect(findings[1].message).toContain('dòng 4');
  });

  it('reads group headings as the type of the rows under them, skips the total row and joins several email columns', async () => {
    const bytes = await registryWorkbook([
      ['I', '', 'KHỐI MẦM NON', '', ''],
      [1, 'MN01', 'Bích Hòa', 'mnbichhoa@hanoiedu.vn', 'bgh.mnbh@gmail.com'],
      ['II', '', 'Cấp Tiểu học', '', ''],
      [2, 'TH01', 'Liên Châu', 'c1lienchau@hanoiedu.vn', ''],
      [3, 'TH02', 'Trường THCS Cao Dương', '', 'ht.caoduong@gmail.com'],
      ['', '', 'Tổng cộng', '', '', 1234],
    ], ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Email trường', 'Email hiệu trưởng']);
    const { units, findings } = await readUnitRegistry(bytes, 'ds.xlsx');
    expect(units).toEqual([
      { code: 'MN01', name: 'Bích Hòa', emails: ['mnbichhoa@hanoiedu.vn', 'bgh.mnbh@gmail.com'], type: 'MN' },
      { code: 'TH01', name: 'Liên Châu', emails: ['c1lienchau@hanoiedu.vn'], type: 'TH' },
      { code: 'TH02', name: 'Trường THCS Cao Dương', emails: ['ht.caoduong@gmail.com'] },
    ]);
    expect(findings.map((f) => f.message)).toEqual(['Dòng 9: "Tổng cộng" là dòng tổng, không phải đơn vị; bỏ qua. (tệp ds.xlsx)']);
  });

  it('never makes a unit of a totals row, even one with a code, an address or the label in the code column', async () => {
    const bytes = await registryWorkbook([
      [1, 'TH01', 'Trường Tiểu học Liên Châu', 'c1lienchau@hanoiedu.vn'],
      [2, 'TTHTCD-CD', 'Cộng đồng học tập xã Cự Khê', 'cukhe@hanoiedu.vn'],
      ['', 'Tổng cộng (các đơn vị đã tiếp nhận)', 'Tổng cộng (các đơn vị đã tiếp nhận)', ''],
      ['', 'TC', nfd('TỔNG SỐ'), 'phonggd@thanhoai.edu.vn'],
      ['', '', 'Cộng: 2 trường', ''],
    ], ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Email']);
    const { units, findings } = await readUnitRegistry(bytes, 'ds.xlsx');
    expect(units.map((u) => u.code)).toEqual(['TH01', 'TTHTCD-CD']);
    expect(findings.map((f) => f.rule)).toEqual(['unit-total-row', 'unit-total-row', 'unit-total-row']);
  });

  it('refuses a table of units without an Email column (the app\'s own consolidated workbook), naming the columns it needs', async () => {
    const bytes = await registryWorkbook([['TH01', 'Trường Tiểu học Liên Châu', 'Đã tiếp nhận', '']], ['Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Ghi chú']);
    const error = await readUnitRegistry(bytes, 'tong-hop-2023.xlsx').catch((e: unknown) => e);
    expect((error as ReadError).rule).toBe('units-no-email');
    expect((error as ReadError).message).toContain('"Mã đơn vị", "Tên đơn vị", "Email"');
  });

  it('refuses a sheet without the registry header, naming the columns it needs', async () => {
    const bytes = await registryWorkbook([['1', 'Trường TH A', 'x']], ['STT', 'Họ tên', 'Ghi chú']);
    const error = await readUnitRegistry(bytes, 'ds.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadError);
    expect((error as ReadError).rule).toBe('units-no-header');
    expect((error as ReadError).message).toContain('ds.xlsx');
    expect((error as ReadError).message).toContain('"Mã đơn vị", "Tên đơn vị", "Email"');
  });

  it('refuses an old .xls registry with a way out', async () => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    await expect(readUnitRegistry(cfb, 'ds.xls')).rejects.toThrow(/\.xlsx hoặc \.csv/);
  });
});

describe('readUnitRegistry from csv', () => {
  it('reads UTF-8 with BOM, semicolons, a title line and quoted fields', async () => {
    const text = '\ufeffDanh sách đơn vị;;;\n'
      + 'Mã đơn vị;Tên đơn vị;"Email (cách nhau bởi dấu ;)";Số học sinh\n'
      + `TH-LC;${nfd('Trường Tiểu học Liên Châu')};"c1lienchau@hanoiedu.vn; thlc@gmail.com";1.050\r\n`
      + 'THCS-CD;"Trường THCS Cao Dương";thcscd@hanoiedu.vn;"2.300"\r\n';
    const { units, findings } = await readUnitRegistry(Buffer.from(text, 'utf8'), 'ds.csv');
    expect(findings).toEqual([]);
    expect(units).toEqual([
      { code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['c1lienchau@hanoiedu.vn', 'thlc@gmail.com'], students: 1050 },
      { code: 'THCS-CD', name: 'Trường THCS Cao Dương', emails: ['thcscd@hanoiedu.vn'], students: 2300 },
    ]);
  });

  it('reads Windows-1258 (Excel "CSV" on Vietnamese Windows) with comma separators', async () => {
    const text = 'Mã đơn vị,Tên đơn vị,Email,Loại\r\nMN-BH,Trường Mầm non Bích Hòa,mnbichhoa@hanoiedu.vn,Mầm non\r\nTTHTCD-KA,Trung tâm học tập cộng đồng xã Kim An,tthtcd.kiman@gmail.com,TTHTCĐ\r\n';
    const bytes = windows1258(text);
    expect(bytes.toString('utf8')).not.toContain('Mầm');
    const { units } = await readUnitRegistry(bytes, 'ds.csv');
    expect(units).toEqual([
      { code: 'MN-BH', name: 'Trường Mầm non Bích Hòa', emails: ['mnbichhoa@hanoiedu.vn'], type: 'MN' },
      { code: 'TTHTCD-KA', name: 'Trung tâm học tập cộng đồng xã Kim An', emails: ['tthtcd.kiman@gmail.com'], type: 'TTHTCĐ' },
    ]);
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode Text")', async () => {
    const text = 'Mã đơn vị\tTên trường\tĐịa chỉ email\nTH-LC\tTrường Tiểu học Liên Châu\tTHLC@HANOIEDU.VN\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    const { units } = await readUnitRegistry(bytes, 'ds.txt');
    expect(units).toEqual([{ code: 'TH-LC', name: 'Trường Tiểu học Liên Châu', emails: ['thlc@hanoiedu.vn'] }]);
  });

  it('refuses a CSV without the header', async () => {
    await expect(readUnitRegistry(Buffer.from('a;b;c\n1;2;3\n'), 'x.csv')).rejects.toThrow(/không có dòng tiêu đề.*"Mã đơn vị"/);
  });
});
