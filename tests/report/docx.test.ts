import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../src-main/core/report/docx-renderer';
import { draftReport } from '../../src-main/core/report/report-model';
import { district, largeDistrict, settings } from './fixture';
import { readDocx, withSignatureAndSeal, type DocxParts } from './helpers';

describe('renderReportDocx', () => {
  let docx: DocxParts;

  beforeAll(async () => {
    const doc = draftReport(district(), settings, { date: new Date(2023, 9, 17) });
    // The specialist edits the draft before rendering: the edit must be what is printed.
    doc.sections[1].children[1].blocks = [{ kind: 'paragraph', text: 'Cần chủ động xây dựng kế hoạch sớm.' }];
    docx = await readDocx(await renderReportDocx(doc, settings));
  });

  it('holds the heading, title, body and signature as Word text with diacritics intact', () => {
    for (const s of [
      'UBND HUYỆN THANH OAI',
      'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thanh Oai, ngày 17 tháng 10 năm 2023',
      'BÁO CÁO',
      'Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023',
      'Kính gửi: Sở Giáo dục và Đào tạo Hà Nội',
      'I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ',
      'Cần chủ động xây dựng kế hoạch sớm.',
      '15.000.000 đồng',
      'Trường Mầm non Bích Hòa',
      'Nơi nhận:',
      '- Lưu: VT, GDTX.',
      'KT. TRƯỞNG PHÒNG',
      'Nguyễn Văn An',
    ]) {
      expect(docx.text).toContain(s);
    }
    expect(docx.text).not.toContain('Trường Mầm non Bích Hòa'.normalize('NFD'));
  });

  it('has the statistics table with its header repeated and the totals', () => {
    expect(docx.xml).toContain('<w:tblHeader/>');
    expect(docx.text).toMatch(/STT\nCác hoạt động\nĐơn vị\nSố lượng\nGhi chú\n+Số lớp\/số cuộc thi\nNgười/);
    expect(docx.text).toMatch(/Tổng số người tham gia, trong đó:\nlớp\/người\n120\n3\.450/);
    expect(docx.xml).toContain('<w:vMerge w:val="restart"/>');
    expect(docx.xml).toMatch(/<w:gridSpan w:val="2"\/>/);
  });

  it('sets A4, the decree margins in twips and Times New Roman', () => {
    expect(docx.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(docx.xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(docx.xml).toContain('w:ascii="Times New Roman"');
    expect(docx.xml).toContain('<w:sz w:val="28"/>');
  });

  it('numbers pages in the header from page 2 (different first page) and puts the annex on a landscape section', () => {
    expect(docx.xml).toContain('<w:titlePg/>');
    expect(docx.headers.some((h) => h.includes('PAGE'))).toBe(true);
    expect(docx.xml).toMatch(/<w:headerReference w:type="first"/);
    expect(docx.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(docx.text.indexOf('PHỤ LỤC')).toBeGreaterThan(docx.text.indexOf('Nguyễn Văn An'));
  });

  it('embeds the signature and the seal when the office gives them', async () => {
    const signed = withSignatureAndSeal(settings);
    const parts = await readDocx(await renderReportDocx(draftReport(district(), signed), signed));
    expect(parts.files.filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    expect(parts.xml).toContain('<wp:anchor');
  });

  it('refuses a seal that is not a PNG, saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sig-'));
    const sealImage = join(dir, 'dau.png');
    writeFileSync(sealImage, 'not an image');
    const broken = { ...settings, sealImage };
    await expect(renderReportDocx(draftReport(district(), broken), broken)).rejects.toThrow(/con dấu.*không phải tệp PNG/);
  });

  it('renders a 150-unit district', async () => {
    const parts = await readDocx(await renderReportDocx(draftReport(largeDistrict(150), settings), settings));
    expect(parts.text).toContain('Trường THCS Liên Châu 5');
  }, 20_000);
});
