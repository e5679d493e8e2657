import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeNameBytes, repairFileName, safeBaseName, unnamedAttachmentName } from '../../src-main/core/readers/expand-file-names';

/** How Windows shows bytes through a code page: undefined bytes come out as C1 controls. */
function shownAs(text: string, encoding: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const ch = iconv.decode(Buffer.from([byte]), encoding);
      return ch === '\ufffd' ? String.fromCharCode(byte) : ch;
    })
    .join('');
}

const NAMES = [
  'Báo cáo tổng hợp Tuần lễ học tập suốt đời.xlsx',
  'Trường TH Đông Hà - BC.docx',
  'Ngày hội đọc sách.docx',
  'TRƯỜNG THCS NGUYỄN TRÃI.XLSX',
];

describe('repairFileName', () => {
  it.each(NAMES)('repairs UTF-8 shown through Windows-1252 and Windows-1258: %s', (name) => {
    expect(repairFileName(shownAs(name, 'windows1252'))).toBe(name);
    expect(repairFileName(shownAs(name, 'windows1258'))).toBe(name);
  });

  it('repairs the classic "BÃ¡o cÃ¡o.docx"', () => {
    expect(repairFileName('BÃ¡o cÃ¡o.docx')).toBe('Báo cáo.docx');
  });

  it('repairs Windows-1258 bytes that were read as Latin-1', () => {
    // "tổng hợp.xlsx" as Vietnamese Windows writes it: ô + combining hook, ơ + combining dot.
    const bytes = Buffer.concat([Buffer.from([0x74, 0xf4, 0xd2, 0x6e, 0x67, 0x20, 0x68, 0xf5, 0xf2, 0x70]), Buffer.from('.xlsx')]);
    expect(repairFileName(bytes.toString('latin1'))).toBe('tổng hợp.xlsx');
  });

  it('leaves correct names alone, NFD ones come back NFC', () => {
    for (const name of [...NAMES, 'Café.xlsx', 'Résumé.docx', 'BC_2024 (1).pdf']) {
      expect(repairFileName(name)).toBe(name);
      expect(repairFileName(name.normalize('NFD'))).toBe(name);
    }
  });
});

describe('decodeNameBytes (zip entries without the UTF-8 flag)', () => {
  it('takes valid UTF-8 as UTF-8', () => {
    expect(decodeNameBytes(Buffer.from('Kế hoạch.pdf', 'utf8'))).toBe('Kế hoạch.pdf');
  });

  it('picks Windows-1258 when it gives Vietnamese and CP437 does not', () => {
    const bytes = Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x20, 0x74, 0xf4, 0xd2, 0x6e, 0x67, 0x2e, 0x78, 0x6c, 0x73, 0x78]);
    expect(decodeNameBytes(bytes)).toBe('Báo cáo tổng.xlsx');
  });

  it('keeps CP437 for names written by DOS-era tools', () => {
    expect(decodeNameBytes(iconv.encode('Über.txt', 'cp437'))).toBe('Über.txt');
  });
});

describe('safeBaseName', () => {
  it('cuts paths, drive letters and dot-dot down to a plain name', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('passwd');
    expect(safeBaseName('C:\\Windows\\system32\\x.dll')).toBe('x.dll');
    expect(safeBaseName('C:evil.txt')).toBe('evil.txt');
    expect(safeBaseName('/abs/BC.xlsx')).toBe('BC.xlsx');
    expect(safeBaseName('..')).toBe('');
  });

  it('names an unnamed attachment after its type', () => {
    expect(unnamedAttachmentName(1, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('tep-dinh-kem-1.xlsx');
    expect(unnamedAttachmentName(2, undefined)).toBe('tep-dinh-kem-2.bin');
  });
});
