import { describe, expect, it } from 'vitest';
import { campaignForYear, yearSpokenOf } from '../../src-main/core/campaign';

describe('campaignForYear', () => {
  it('gives the weeks the documents of 2022–2025 announce', () => {
    const weeks = [2022, 2023, 2024, 2025].map((y) => {
      const c = campaignForYear(y);
      return [c.weekStart, c.weekEnd];
    });
    expect(weeks).toEqual([
      ['2022-10-01', '2022-10-07'],
      // 1 October 2023 was a Sunday: the week ran Monday 2 to Sunday 8 October.
      ['2023-10-02', '2023-10-08'],
      ['2024-10-01', '2024-10-07'],
      ['2025-10-01', '2025-10-07'],
    ]);
  });

  it('sets the deadline ten days after the week unless told, in either date style', () => {
    expect(campaignForYear(2023).deadline).toBe('2023-10-18');
    expect(campaignForYear(2023, { deadline: '17/10/2023' }).deadline).toBe('2023-10-17');
    expect(campaignForYear(2023, { deadline: '2023-10-20' }).deadline).toBe('2023-10-20');
  });

  it('refuses an impossible year or deadline with a Vietnamese reason', () => {
    expect(() => campaignForYear(23)).toThrow(/Năm 23 không hợp lệ/);
    expect(() => campaignForYear(2023, { deadline: '31/09/2023' })).toThrow(/Hạn nộp/);
  });
});

describe('yearSpokenOf', () => {
  it('finds the year of the week a report speaks of, despite older dates and school years', () => {
    expect(
      yearSpokenOf([
        'BÁO CÁO Kết quả tổ chức tuần lễ hưởng ứng học tập suốt đời năm 2023',
        'Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch số 160/KH-UBND ngày 31/12/2021',
        'phát động vào sáng ngày 02/10/2022; nhiệm vụ năm học 2022-2023',
      ]),
    ).toBe(2023);
    expect(yearSpokenOf(['Tuần lễ được tổ chức từ ngày 01/10/2025 đến ngày 07/10/2025'])).toBe(2025);
  });

  it('gives null when no year is named', () => {
    expect(yearSpokenOf(['Báo cáo kết quả', ''])).toBeNull();
  });
});
