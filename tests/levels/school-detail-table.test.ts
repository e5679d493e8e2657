// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { SchoolDetail } from '../../src-main/api/contract';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import SchoolDetailTable from '../../src-renderer/src/components/SchoolDetailTable.vue';
import { mountInApp } from '../renderer/mount';

const schools: SchoolDetail[] = [
  {
    code: 'TH-LIEN-CHAU',
    name: 'Trường Tiểu học Liên Châu',
    status: 'Đã tiếp nhận',
    values: [
      { row: '1.0', measure: 'people', value: 1250, file: 'hop-thu/0002 BC HTSĐ TH Liên Châu 2023.xlsx', where: 'Biểu mẫu!E8' },
      { row: '10.1', measure: 'value', value: 1_500_000, file: 'hop-thu/0002 BC HTSĐ TH Liên Châu 2023.xlsx', where: 'Biểu mẫu!D49' },
    ],
  },
  { code: 'MN-KIM-AN', name: 'Trường Mầm non Kim An', status: 'Có lỗi – chưa tổng hợp', values: [{ row: '2', measure: 'value', value: 4, file: 'baocao.docx', where: 'bảng 2, hàng 19, cột 4' }] },
];

let wrapper: ReturnType<typeof mountInApp> | undefined;
afterEach(() => wrapper?.unmount());

describe('Chi tiết theo trường', () => {
  it('lists each school once with its state, every number the Vietnamese way beside the school\'s file and cell', () => {
    wrapper = mountInApp(SchoolDetailTable, { props: { schools, template: llw2022 } });
    const rows = [...wrapper.element.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()));
    expect(wrapper.text()).toContain('Chi tiết theo trường');
    expect(rows).toEqual([
      ['Trường Tiểu học Liên Châu', 'Đã tiếp nhận', '1.0. Tổng số người tham gia, trong đó:', 'Người', '1.250', 'hop-thu/0002 BC HTSĐ TH Liên Châu 2023.xlsx, Biểu mẫu!E8'],
      ['', '', '10.1. Ngân sách nhà nước', 'đồng', '1.500.000', 'hop-thu/0002 BC HTSĐ TH Liên Châu 2023.xlsx, Biểu mẫu!D49'],
      ['Trường Mầm non Kim An', 'Có lỗi – chưa tổng hợp', '2. Số tin, bài về các hoạt động của Tuần lễ', 'tin, bài', '4', 'baocao.docx, bảng 2, hàng 19, cột 4'],
    ]);
  });
});
