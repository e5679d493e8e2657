import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate, formatDateTime, todayInVietnam } from '../../src-renderer/src/format/date';
import { foldForSearch } from '../../src-renderer/src/format/fold';
import { formatNumber, parseVietnameseNumber } from '../../src-renderer/src/format/number';

describe('the window’s habits with numbers, dates and search', () => {
  it('writes numbers the Vietnamese way and reads back what a specialist types', () => {
    expect(formatNumber(1_500_000)).toBe('1.500.000');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(parseVietnameseNumber('1.500.000')).toBe(1_500_000);
    expect(parseVietnameseNumber(' 12 ')).toBe(12);
    expect(parseVietnameseNumber('2,5')).toBe(2.5);
    expect(parseVietnameseNumber('1500')).toBe(1500);
    for (const bad of ['', 'mười hai', '1.5.0', '1,500,000', '-3', '12 người']) expect(parseVietnameseNumber(bad)).toBeNull();
  });

  it('shows dates as dd/mm/yyyy on Vietnam’s clock', () => {
    expect(formatDate('2023-10-17')).toBe('17/10/2023');
    // 23:30 UTC on 16 October is 06:30 on the 17th in Hà Nội.
    expect(formatDate('2023-10-16T23:30:00Z')).toBe('17/10/2023');
    expect(formatDateTime('2023-10-16T23:30:00Z')).toBe('17/10/2023 06:30');
    expect(todayInVietnam(new Date('2023-10-16T18:00:00Z'))).toBe('2023-10-17');
  });

  it('counts the days to a deadline from Vietnam’s today', () => {
    const evening = new Date('2023-10-16T18:00:00Z'); // already the 17th in Vietnam
    expect(daysUntil('2023-10-20', evening)).toBe(3);
    expect(daysUntil('2023-10-17', evening)).toBe(0);
    expect(daysUntil('2023-10-15', evening)).toBe(-2);
  });

  it('folds names for search: diacritics, đ, case, NFD and spaces do not matter', () => {
    expect(foldForSearch('Trường TH  Thanh Cao')).toBe('truong th thanh cao');
    expect(foldForSearch('Đỗ Động'.normalize('NFD'))).toBe('do dong');
    expect(foldForSearch('Trường Tiểu học Bích Hòa')).toContain(foldForSearch('bich hoa'));
  });
});
