import { AlignmentType, LevelFormat, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { ReadError } from '../../src-main/core/readers/read-error';
import { docxOf, p, schoolReport2023, withDocumentXml } from './build-docx';

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('readDocx: the narrative', () => {
  it('splits a school report at its headings, renumbered or in NFD, and keeps its top lines', async () => {
    const doc = await readDocx(await docxOf(schoolReport2023()), 'Báo cáo (1).docx');
    expect(doc.format).toBe('docx');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'BÁO CÁO',
      'I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ',
      '1. Công tác chỉ đạo',
      '2. Tổ chức các hoạt động',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Những kết quả đã đạt được',
      '2.Bài học kịnh nghiệm:',
      '2. Tồn tại, hạn chế:',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // "1+ …" and "- …" lines are content, not headings.
    expect(doc.sections[2].paragraphs).toContain('1+ Đọc và học tập suốt đời theo tấm gương Bác Hồ vĩ đại');
    expect(doc.sections[0].paragraphs).toEqual(['Kết quả tổ chức tuần lễ hưởng ứng học tập suốt đời năm 2023']);
    const header = doc.headerText.split('\n');
    expect(header.slice(0, 4)).toEqual([
      'UBND HUYỆN THANH OAI',
      'TRƯỜNG TIỂU HỌC LIÊN CHÂU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(header).toContain('BÁO CÁO');
    expect(header.length).toBeLessThanOrEqual(15);
    // The layout table is still a table (the checks tell it from the statistics table).
    expect(doc.tables).toHaveLength(1);
  });

  it('puts automatic list numbers back in front of headings', async () => {
    const bytes = await docxOf(
      [
        new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('TỔ CHỨC TRIỂN KHAI TUẦN LỄ')] }),
        new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('Công tác chỉ đạo')] }),
        p('Nội dung.'),
        new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('Nội dung các hoạt động')] }),
        new Paragraph({ numbering: { reference: 'outline', level: 0 }, children: [new TextRun('ĐÁNH GIÁ CHUNG')] }),
        new Paragraph({ numbering: { reference: 'outline', level: 1 }, children: [new TextRun('Những kết quả đã đạt được')] }),
      ],
      {
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
              ],
            },
          ],
        },
      },
    );
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'I. TỔ CHỨC TRIỂN KHAI TUẦN LỄ',
      '1. Công tác chỉ đạo',
      '2. Nội dung các hoạt động',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Những kết quả đã đạt được',
    ]);
  });

  it('converts TCVN3 (.VnTime, .VnTimeH) and VNI runs to Unicode and says so', async () => {
    const bytes = await docxOf([
      p('tr\u00adêng tiÓu häc liªn ch©u', { font: '.VnTimeH' }),
      p('B¸o c¸o kÕt qu¶ tæ chøc TuÇn lÔ h\u00adëng øng häc tËp suèt ®êi n¨m 2023', { font: '.VnTime' }),
      p('Baùo caùo keát quaû toå chöùc Tuaàn leã', { font: 'VNI-Times' }),
      p('Trường Tiểu học Liên Châu', { font: '.VnTime' }),
    ]);
    const doc = await readDocx(bytes, 'bc cu.docx');
    const lines = doc.sections.flatMap((s) => [s.heading, ...s.paragraphs]).filter(Boolean);
    expect(lines).toEqual([
      'TRƯỜNG TIỂU HỌC LIÊN CHÂU',
      'Báo cáo kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023',
      'Báo cáo kết quả tổ chức Tuần lễ',
      // Unicode typed over an old font name stays as it is.
      'Trường Tiểu học Liên Châu',
    ]);
    expect(doc.notes.filter((n) => n.rule === 'legacy-encoding')).toHaveLength(2);
  });

  it('takes the font from the document defaults when runs name none', async () => {
    const bytes = await docxOf([p('B¸o c¸o kÕt qu¶')], {
      styles: { default: { document: { run: { font: '.VnTime' } } } },
    });
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.sections[0].paragraphs).toEqual(['Báo cáo kết quả']);
  });

  it('reads a .docm as data and ignores its macros', async () => {
    const built = await docxOf([p('Báo cáo kết quả')]);
    const bytes = await withDocumentXml(built, (xml) => xml, { 'word/vbaProject.bin': Buffer.from('ATTRIBUT VB_Name = "AutoOpen"') });
    const doc = await readDocx(bytes, 'baocao.docm');
    expect(doc.sections[0].paragraphs).toEqual(['Báo cáo kết quả']);
    expect(doc.notes.map((n) => n.rule)).toContain('macros-ignored');
  });
});

describe('readDocx: bad and hostile files', () => {
  it('refuses a 0-byte file', async () => {
    const error = await readError(readDocx(Buffer.alloc(0), 'baocao.docx'));
    expect(error.rule).toBe('empty-file');
    expect(error.message).toContain('baocao.docx');
  });

  it('refuses a truncated file', async () => {
    const bytes = await docxOf(schoolReport2023());
    const error = await readError(readDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), 'baocao.docx'));
    expect(error.rule).toBe('corrupt-file');
  });

  it('refuses an entity bomb (billion laughs) at once, without expanding it', async () => {
    const built = await docxOf([p('x')]);
    const lol = [
      '<!DOCTYPE lolz [',
      '<!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
    ].join('\n');
    const bytes = await withDocumentXml(built, (xml) =>
      xml.replace(/^(<\?xml[^>]*\?>)/, `$1\n${lol}\n`).replace('<w:t xml:space="preserve">x</w:t>', '<w:t>&lol9;</w:t>'),
    );
    const error = await readError(readDocx(bytes, 'bomb.docx'));
    expect(error.rule).toBe('hostile-xml');
  }, 20_000);

  it('never resolves an external entity', async () => {
    const built = await docxOf([p('x')]);
    const bytes = await withDocumentXml(built, (xml) =>
      xml
        .replace(/^(<\?xml[^>]*\?>)/, '$1\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
        .replace('<w:t xml:space="preserve">x</w:t>', '<w:t>&xxe;</w:t>'),
    );
    const error = await readError(readDocx(bytes, 'xxe.docx'));
    expect(error.rule).toBe('hostile-xml');
    expect(error.message).not.toContain('root:');
  });

  it('reads a document whose DOCTYPE declares nothing, leaving undeclared entities as text', async () => {
    const built = await docxOf([p('x')]);
    const bytes = await withDocumentXml(built, (xml) =>
      xml.replace(/^(<\?xml[^>]*\?>)/, '$1\n<!DOCTYPE document>\n').replace('<w:t xml:space="preserve">x</w:t>', '<w:t>A &amp; B &#7841; &foo;</w:t>'),
    );
    const doc = await readDocx(bytes, 'a.docx');
    expect(doc.sections[0].paragraphs).toEqual(['A & B ạ &foo;']);
  });

  it('says a workbook renamed .docx is not a Word file', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const error = await readError(readDocx(bytes, 'bangso.docx'));
    expect(error.rule).toBe('not-a-word-file');
  });
});

describe('readDocx: run-in headings', () => {
  it('takes "1. Công tác chỉ đạo: …" as a heading followed by its text', async () => {
    const long = 'Ngay sau khi có văn bản chỉ đạo của Phòng Giáo dục và Đào tạo, nhà trường đã xây dựng kế hoạch và triển khai tới toàn thể cán bộ, giáo viên, nhân viên và học sinh.';
    const doc = await readDocx(await docxOf([p(`1. Công tác chỉ đạo: ${long}`), p(`- Ghi chú: ${long}`)]), 'a.docx');
    expect(doc.sections).toEqual([{ heading: '1. Công tác chỉ đạo:', paragraphs: [long, `- Ghi chú: ${long}`] }]);
  });
});
