import { describe, expect, it } from 'vitest';
import { randomBytes } from 'crypto';
import JSZip from 'jszip';
import { checkOoxmlContainer } from '../../src-main/core/readers/ooxml-guard';
import { ReadError } from '../../src-main/core/readers/read-error';
import { readXlsx } from '../../src-main/core/readers/xlsx-reader';
import { buildCfb } from './build-cfb';
import { templateWorkbook, toBuffer } from './build-workbooks';
import { readErrorOf } from './expect-read-error';

const NAME = 'Báo cáo TH Kim Đồng.xlsx';

async function wordFile(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('readXlsx refuses hostile or mislabelled files with a clear reason', () => {
  it('0 bytes', async () => {
    const error = await readErrorOf(readXlsx(Buffer.alloc(0), NAME));
    expect(error.rule).toBe('empty-file');
    expect(error.message).toContain(NAME);
  });

  it('a CSV text file named .xlsx', async () => {
    const csv = Buffer.from('STT;Các hoạt động;Số lượng\n1;Bồi dưỡng thường xuyên;40\n2;Xóa mù chữ;3\n');
    const error = await readErrorOf(readXlsx(csv, NAME));
    expect(error.rule).toBe('corrupt-file');
    expect(error.message).toContain(NAME);
    expect(error.message).toContain('CSV');
  });

  it('an HTML page saved as .xls and renamed', async () => {
    const html = Buffer.from('<html><body><table><tr><td>Số lượng</td></tr></table></body></html>');
    const error = await readErrorOf(readXlsx(html, 'bao-cao.xlsx'));
    expect(error.rule).toBe('corrupt-file');
    expect(error.message).toContain('HTML');
  });

  it('a Word document named .xlsx', async () => {
    const error = await readErrorOf(readXlsx(await wordFile(), NAME));
    expect(error.rule).toBe('corrupt-file');
    expect(error.message).toContain('Word');
  });

  it('random bytes', async () => {
    const error = await readErrorOf(readXlsx(randomBytes(4096), NAME));
    expect(error.rule).toBe('corrupt-file');
  });

  it('a workbook cut in half (an interrupted download)', async () => {
    const whole = await toBuffer(templateWorkbook());
    const error = await readErrorOf(readXlsx(whole.subarray(0, whole.length / 2), NAME));
    expect(error.rule).toBe('corrupt-file');
    expect(error.message).toContain('tải về chưa hết');
  });

  it('a zip whose parts are garbage', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', 'không phải XML <<<');
    const error = await readErrorOf(readXlsx(await zip.generateAsync({ type: 'nodebuffer' }), NAME));
    expect(error.rule).toBe('corrupt-file');
    expect(error.message).toMatch(/^Không đọc được tệp Báo cáo TH Kim Đồng\.xlsx/);
  });

  it('a password-protected workbook (Office wraps it in an OLE compound file)', async () => {
    const encrypted = buildCfb(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
    const error = await readErrorOf(readXlsx(encrypted, NAME));
    expect(error.rule).toBe('encrypted-file');
    expect(error.message).toBe(
      `Không đọc được tệp ${NAME}: tệp có mật khẩu, hãy đề nghị trường gửi lại bản không đặt mật khẩu.`,
    );
  });

  it('a legacy .xls saved under a .xlsx name', async () => {
    const error = await readErrorOf(readXlsx(buildCfb(['Workbook', '\u0005SummaryInformation']), NAME));
    expect(error.rule).toBe('legacy-format');
    expect(error.message).toContain('.xls');
  });

  it('a zip bomb: a part that inflates a thousandfold', async () => {
    const zip = await JSZip.loadAsync(await toBuffer(templateWorkbook()));
    zip.file('xl/media/image1.png', Buffer.alloc(50 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await readErrorOf(readXlsx(bomb, NAME));
    expect(error.rule).toBe('zip-bomb');
    expect(error.message).toContain('xl/media/image1.png');
  });
});

describe('checkOoxmlContainer limits', () => {
  it('accepts a normal workbook', async () => {
    await expect(checkOoxmlContainer(await toBuffer(templateWorkbook()), NAME)).resolves.toBeUndefined();
  });

  it('refuses total uncompressed size over the limit', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', randomBytes(300 * 1024).toString('hex'));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const error = await readErrorOf(checkOoxmlContainer(bytes, NAME, { maxUncompressed: 500 * 1024 }));
    expect(error.rule).toBe('zip-bomb');
    expect(error.message).toContain(NAME);
  });

  it('refuses too many entries without listing them all', async () => {
    const zip = new JSZip();
    for (let i = 0; i < 50; i++) zip.file(`xl/part${i}.xml`, '<x/>', { createFolders: false });
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await readErrorOf(checkOoxmlContainer(bytes, NAME, { maxEntries: 20 }));
    expect(error.rule).toBe('zip-bomb');
    expect(error.message).toContain('50');
  });

  it('refuses a file over the size limit before opening it', async () => {
    const error = await readErrorOf(checkOoxmlContainer(await toBuffer(templateWorkbook()), NAME, { maxBytes: 1000 }));
    expect(error.rule).toBe('too-large');
  });

  it('refuses a zip with a traditionally encrypted part', async () => {
    const zip = await JSZip.loadAsync(await toBuffer(templateWorkbook()));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Set the "encrypted" flag of the deflated parts' central-directory records (PK\x01\x02).
    for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) {
      if (bytes[at + 10] === 8) bytes[at + 8] |= 1;
    }
    const error = await readErrorOf(checkOoxmlContainer(bytes, NAME));
    expect(error.rule).toBe('encrypted-file');
  });
});

describe('damaged bytes never crash or hang the reader', () => {
  it('every corrupted copy of a workbook is either read or refused with a ReadError', async () => {
    const original = await toBuffer(templateWorkbook());
    let seed = 20221015;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const outcomes = { read: 0, refused: 0 };
    for (let i = 0; i < 60; i++) {
      const damaged = Buffer.from(original);
      for (let k = 0; k < 1 + random(8); k++) damaged[random(damaged.length)] = random(256);
      try {
        await readXlsx(damaged, NAME);
        outcomes.read++;
      } catch (error) {
        expect(error).toBeInstanceOf(ReadError);
        expect((error as Error).message).toContain(NAME);
        outcomes.refused++;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
