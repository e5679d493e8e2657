import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src-main/core/checks/table-checks';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import { readDocx } from '../../src-main/core/readers/docx-reader';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { OFFICIAL_ROWS, SCHOOL } from './official-form';

function cell(text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ children: [new Paragraph(text)], ...extra });
}

/** A school's Word report: narrative, then the form with its merged two-row header. */
async function schoolReport(): Promise<Buffer> {
  const header = [
    new TableRow({
      children: [
        cell('STT', { verticalMerge: VerticalMergeType.RESTART }),
        cell('Các hoạt động', { verticalMerge: VerticalMergeType.RESTART }),
        cell('Đơn vị', { verticalMerge: VerticalMergeType.RESTART }),
        cell('Số lượng', { columnSpan: 2 }),
        cell('Ghi chú', { verticalMerge: VerticalMergeType.RESTART }),
      ],
    }),
    new TableRow({
      children: [
        cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
        cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
        cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
        cell('Số lớp/số cuộc thi'),
        cell('Người'),
        cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
      ],
    }),
  ];
  const body = OFFICIAL_ROWS.map(([code, stt, label, unit]) => {
    const [a, b, note] = SCHOOL[code] ?? [];
    return new TableRow({ children: [stt, label, unit, a ?? '', b ?? '', note ?? ''].map((t) => cell(String(t))) });
  });
  const doc = new Document({
    sections: [{ children: [new Paragraph('II. ĐÁNH GIÁ CHUNG'), new Paragraph('5. Bảng tổng hợp số liệu'), new Table({ rows: [...header, ...body] })] }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe('from a Word report to checked numbers', () => {
  it('reads the form through the docx reader', async () => {
    const doc = await readDocx(await schoolReport(), 'Báo cáo TH Liên Châu.docx');
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(findings).toEqual([]);
    const f = figuresOf(extraction!);
    expect(f['1.0']).toEqual({ count: 5, people: 180 });
    expect(f['10.1']).toEqual({ value: 1_500_000 });
    expect(extraction!.texts['11']).toBe('Tổ chức Ngày hội đọc sách');
    expect(extraction!.values.find((v) => v.row === '4.3')?.where).toMatch(/^bảng 1, hàng \d+, cột 4$/);
    expect(checkTable(extraction!, llw2022)).toEqual([]);
  });
});
