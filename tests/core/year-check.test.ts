import { describe, expect, it } from 'vitest';
import { campaignForYear } from '../../src-main/core/campaign';
import { checkRoundYear } from '../../src-main/core/checks/year-check';
import type { SourceDocument } from '../../src-main/core/model/source';

function doc(headerText: string): SourceDocument {
  return { fileName: 'BC HTSĐ.xlsx', format: 'xlsx', tables: [], sections: [], headerText, notes: [] };
}

describe('a report of another year', () => {
  const round = campaignForYear(2023);

  it('is an error when its own title names another year’s week (last year’s file resent)', () => {
    const findings = checkRoundYear(doc('TRƯỜNG TIỂU HỌC LIÊN CHÂU\nBÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2022'.normalize('NFD')), round);
    expect(findings).toMatchObject([{ severity: 'error', rule: 'wrong-year' }]);
    expect(findings[0].message).toContain('năm 2022');
    expect(findings[0].message).toContain('BC HTSĐ.xlsx');
  });

  it('passes the round’s own year, and a title that names no year', () => {
    expect(checkRoundYear(doc('Tuần lễ hưởng ứng học tập suốt đời năm 2023'), round)).toEqual([]);
    expect(checkRoundYear(doc('Báo cáo kết quả tổ chức Tuần lễ; năm học 2022-2023'), round)).toEqual([]);
  });
});
