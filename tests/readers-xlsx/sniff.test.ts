import { describe, expect, it } from 'vitest';
import { randomBytes } from 'crypto';
import JSZip from 'jszip';
import { sniffKind } from '../../src-main/core/readers/sniff';
import { buildCfb } from './build-cfb';
import { templateWorkbook, toBuffer } from './build-workbooks';

async function zipOf(parts: string[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const p of parts) zip.file(p, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('sniffKind decides by content, not by the name', () => {
  it('tells Office zips apart', async () => {
    const xlsx = await toBuffer(templateWorkbook());
    expect(await sniffKind(xlsx, 'bao-cao.docx')).toBe('xlsx');
    expect(await sniffKind(await zipOf(['[Content_Types].xml', 'xl/workbook.xml', 'xl/vbaProject.bin']), 'a.xlsx')).toBe('xlsm');
    expect(await sniffKind(await zipOf(['[Content_Types].xml', 'word/document.xml']), 'bao-cao.xlsx')).toBe('docx');
    expect(await sniffKind(await zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']), 'a')).toBe('docm');
    expect(await sniffKind(await zipOf(['TH Kim Đồng.xlsx', 'THCS Lê Lợi.docx']), 'bao-cao.xlsx')).toBe('zip');
  });

  it('recognises a truncated workbook from its local headers', async () => {
    const xlsx = await toBuffer(templateWorkbook());
    expect(await sniffKind(xlsx.subarray(0, xlsx.length / 2), 'a.xlsx')).toBe('xlsx');
  });

  it('reads the stream names of compound files', async () => {
    expect(await sniffKind(buildCfb(['EncryptionInfo', 'EncryptedPackage']), 'a.xlsx')).toBe('cfb-encrypted');
    expect(await sniffKind(buildCfb(['Workbook']), 'a.doc')).toBe('xls');
    expect(await sniffKind(buildCfb(['Book']), 'a')).toBe('xls');
    expect(await sniffKind(buildCfb(['WordDocument', '1Table']), 'a.xls')).toBe('doc');
    expect(await sniffKind(buildCfb(['__substg1.0_0037001F', '__properties_version1.0']), 'thu.eml')).toBe('msg');
    expect(await sniffKind(buildCfb(Array.from({ length: 9 }, (_, i) => `Stream${i}`).concat('Workbook')), 'a')).toBe('xls');
  });

  it('never throws on a damaged compound file', async () => {
    const garbage = Buffer.concat([buildCfb(['Workbook']).subarray(0, 8), randomBytes(2000)]);
    expect(await sniffKind(garbage, 'a.bin')).toBe('unknown');
    expect(await sniffKind(garbage, 'a.xls')).toBe('xls');
    const loop = buildCfb(['WordDocument']);
    loop.writeUInt32LE(1, 512 + 4); // directory sector chained to itself
    expect(await sniffKind(loop, 'a')).toBe('doc');
  });

  it('recognises text kinds', async () => {
    const eml = 'Received: from mail.edu.vn\r\nFrom: "TH Kim Đồng" <c1kimdong@edu.vn>\r\nSubject: Báo cáo\r\nMIME-Version: 1.0\r\n\r\nKính gửi';
    expect(await sniffKind(Buffer.from(eml), 'thu.txt')).toBe('eml');
    expect(await sniffKind(Buffer.from('Mã đơn vị;Tên đơn vị;Email\nC1KD;TH Kim Đồng;a@b.vn\nC2LL;THCS Lê Lợi;c@d.vn\n'), 'ds.xlsx')).toBe('csv');
    expect(await sniffKind(Buffer.from('Kính gửi Phòng GD&ĐT.\nTrường báo cáo như sau.'), 'x.xlsx')).toBe('text');
    expect(await sniffKind(Buffer.from('một dòng'), 'ds.csv')).toBe('csv');
  });

  it('recognises other formats by magic bytes', async () => {
    expect(await sniffKind(Buffer.from('%PDF-1.7\n...'), 'a.xlsx')).toBe('pdf');
    expect(await sniffKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a')).toBe('image');
    expect(await sniffKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), 'a')).toBe('image');
    expect(await sniffKind(Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), 'a.zip')).toBe('rar');
    expect(await sniffKind(Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'a')).toBe('7z');
    expect(await sniffKind(Buffer.alloc(0), 'a.xlsx')).toBe('empty');
    expect(await sniffKind(Buffer.from([0, 1, 2, 3, 0, 0, 9, 200]), 'a.xlsx')).toBe('unknown');
  });
});
