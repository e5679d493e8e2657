import type { Template } from '../../src-main/core/model/template';

/** A small office template of its own: library report with a total over two rows and a money row. */
export function libraryTemplate(extra: Partial<Template> = {}): Template {
  return {
    id: 'thu-vien',
    version: '2024.1',
    name: 'Báo cáo công tác thư viện trường học',
    campaign: 'Công tác thư viện',
    columns: [
      { key: 'stt', header: 'STT' },
      { key: 'label', header: 'Nội dung' },
      { key: 'unit', header: 'Đơn vị tính' },
      { key: 'value', header: 'Số lượng' },
    ],
    rows: [
      { code: 'I', stt: 'I', label: 'Vốn tài liệu', unit: '', kind: 'heading', measures: [] },
      { code: '1', stt: '1', label: 'Tổng số bản sách, trong đó:', unit: 'bản', kind: 'measured', measures: ['value'], parent: 'I' },
      { code: '1.1', stt: '1.1', label: 'Sách giáo khoa', unit: 'bản', kind: 'measured', measures: ['value'], parent: 'I' },
      { code: '1.2', stt: '1.2', label: 'Sách tham khảo', unit: 'bản', kind: 'measured', measures: ['value'], parent: 'I' },
      { code: '2', stt: '2', label: 'Kinh phí mua sách', unit: 'đồng', kind: 'measured', measures: ['value'], money: true },
    ],
    rules: [{ type: 'sum', row: '1', of: ['1.1', '1.2'] }],
    outline: [],
    ...extra,
  };
}
