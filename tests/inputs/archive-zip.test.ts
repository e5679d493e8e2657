import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip } from '../../src-main/core/readers/archive-zip';
import { buildZip } from './build-zip';

async function jszip(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Biểu 1').getCell('A1').value = 'Số người tham gia';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readZip', () => {
  it('lists the files with their Vietnamese names (UTF-8 flag, NFC and NFD) and path in the origin', async () => {
    const xlsx = await workbook();
    const bytes = await jszip({
      'Trường TH Số 1/Báo cáo tuần lễ.xlsx': xlsx,
      ['Kế hoạch tổ chức.docx'.normalize('NFD')]: 'docx bytes',
      'Trường TH Số 1/': '',
    });
    const { files, problems } = await readZip(bytes, 'hop-thu/baocao.zip');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name).sort()).toEqual(['Báo cáo tuần lễ.xlsx', 'Kế hoạch tổ chức.docx']);
    const report = files.find((f) => f.name === 'Báo cáo tuần lễ.xlsx')!;
    expect(report.origin).toBe('hop-thu/baocao.zip › Trường TH Số 1/Báo cáo tuần lễ.xlsx');
    // A real .xlsx is a zip too, and must come out whole, not unpacked.
    expect(report.bytes.equals(xlsx)).toBe(true);
  });

  it('decodes names Vietnamese Windows tools wrote without the UTF-8 flag', async () => {
    const cp1258 = Buffer.concat([Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x20, 0x74, 0xf4, 0xd2, 0x6e, 0x67, 0x20, 0x68, 0xf5, 0xf2, 0x70]), Buffer.from('.xlsx')]);
    const bytes = buildZip([
      { name: cp1258, data: Buffer.from('a') },
      { name: Buffer.from('Danh sách đơn vị.docx', 'utf8'), data: Buffer.from('b') },
      { name: 'Kết quả.pdf', data: Buffer.from('%PDF-1.4'), utf8Flag: true },
    ]);
    const { files, problems } = await readZip(bytes, 'bc.zip');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['Báo cáo tổng hợp.xlsx', 'Danh sách đơn vị.docx', 'Kết quả.pdf']);
  });

  it('reads the name from the Unicode path field jszip writes with a custom encoding', async () => {
    const zip = new JSZip();
    zip.file('Báo cáo.xlsx', 'x');
    const bytes = await zip.generateAsync({ type: 'nodebuffer', encodeFileName: (name) => name.replace(/[^\x00-\x7f]/g, '_') });
    const { files } = await readZip(bytes, 'bc.zip');
    expect(files.map((f) => f.name)).toEqual(['Báo cáo.xlsx']);
  });

  it('cuts "../" and absolute paths down to a base name, and skips system files', async () => {
    const bytes = await jszip({
      '../../etc/passwd': 'root:x:0:0',
      'C:\\Windows\\evil.dll': 'MZ',
      '__MACOSX/._BC.xlsx': 'junk',
      'Thumbs.db': 'junk',
      '.DS_Store': 'junk',
      'BC.xlsx': 'data',
    });
    const { files, problems } = await readZip(bytes, 'bc.zip');
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name).sort()).toEqual(['BC.xlsx', 'evil.dll', 'passwd']);
    expect(files.find((f) => f.name === 'passwd')!.origin).toBe('bc.zip › etc/passwd');
  });

  it('opens zips inside zips, up to the depth limit', async () => {
    const inner = await jszip({ 'Biểu mẫu.xlsx': 'x' });
    const middle = await jszip({ 'trong.zip': inner });
    const outer = await jszip({ 'giua.zip': middle, 'ngoai.docx': 'y' });
    const all = await readZip(outer, 'ngoai.zip');
    expect(all.problems).toEqual([]);
    expect(all.files.map((f) => f.origin).sort()).toEqual(['ngoai.zip › giua.zip › trong.zip › Biểu mẫu.xlsx', 'ngoai.zip › ngoai.docx']);

    const limited = await readZip(outer, 'ngoai.zip', { maxDepth: 2 });
    expect(limited.files.map((f) => f.name)).toEqual(['ngoai.docx']);
    expect(limited.problems).toEqual([{ origin: 'ngoai.zip › giua.zip › trong.zip', reason: expect.stringContaining('quá nhiều tầng') }]);
  });

  it('refuses a zip bomb by its compression ratio, before inflating it', async () => {
    const bomb = buildZip([{ name: 'bom.xlsx', data: Buffer.alloc(20 * 1024 * 1024), deflate: true }, { name: 'that.docx', data: Buffer.from('ok') }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { files, problems } = await readZip(bomb, 'bom.zip');
    expect(files.map((f) => f.name)).toEqual(['that.docx']);
    expect(problems).toEqual([{ origin: 'bom.zip › bom.xlsx', reason: expect.stringMatching(/giải nén ra gấp \d+ lần.*zip bomb/) }]);
  });

  it('stops an entry that inflates to more than it declared', async () => {
    const liar = buildZip([{ name: 'nho.xlsx', data: Buffer.alloc(2 * 1024 * 1024), deflate: true, declaredSize: 1000 }]);
    const { files, problems } = await readZip(liar, 'noi-doi.zip');
    expect(files).toEqual([]);
    expect(problems).toEqual([{ origin: 'noi-doi.zip › nho.xlsx', reason: expect.stringContaining('bị hỏng') }]);
  });

  it('refuses entries and totals over the size limits', async () => {
    const bytes = await jszip({ 'a.pdf': Buffer.alloc(3000, 1), 'b.pdf': Buffer.alloc(3000, 2), 'c.pdf': Buffer.alloc(10_000, 3) });
    const { files, problems } = await readZip(bytes, 'lon.zip', { maxFileBytes: 5000, maxTotalBytes: 4000 });
    expect(files.map((f) => f.name)).toEqual(['a.pdf']);
    expect(problems.map((p) => p.origin)).toEqual(['lon.zip › b.pdf']);
    expect(problems[0].reason).toContain('vượt');

    const tooLarge = await readZip(bytes, 'lon.zip', { maxFileBytes: 5000 });
    expect(tooLarge.problems).toEqual([{ origin: 'lon.zip › c.pdf', reason: expect.stringContaining('tệp quá lớn') }]);
  });

  it('refuses a zip with more entries than allowed', async () => {
    const bytes = await jszip(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`t${i}.txt`, 'x'])));
    const { files, problems } = await readZip(bytes, 'nhieu.zip', { maxFiles: 10 });
    expect(files).toEqual([]);
    expect(problems).toEqual([{ origin: 'nhieu.zip', reason: expect.stringContaining('12 thành phần') }]);
  });

  it('reports a password-protected entry and still gives the others', async () => {
    const bytes = buildZip([{ name: 'mat-khau.xlsx', data: Buffer.from('secret'), encrypted: true }, { name: 'mo.docx', data: Buffer.from('open') }]);
    const { files, problems } = await readZip(bytes, 'bc.zip');
    expect(files.map((f) => f.name)).toEqual(['mo.docx']);
    expect(problems).toEqual([{ origin: 'bc.zip › mat-khau.xlsx', reason: expect.stringContaining('tệp nén có mật khẩu') }]);
  });

  it('reports a truncated zip instead of throwing', async () => {
    const bytes = await jszip({ 'Báo cáo.xlsx': Buffer.alloc(5000, 7) });
    const { files, problems } = await readZip(bytes.subarray(0, bytes.length - 30), 'cut.zip');
    expect(files).toEqual([]);
    expect(problems).toEqual([{ origin: 'cut.zip', reason: expect.stringContaining('tải về chưa hết') }]);
  });
});
