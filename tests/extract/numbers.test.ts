import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from '../../src-main/core/text/numbers';

function value(text: string, money = false): number | undefined {
  const r = parseVietnameseNumber(text, { money });
  return r.ok ? r.value : undefined;
}

describe('parseVietnameseNumber', () => {
  it('reads "." as the Vietnamese thousands separator', () => {
    expect(value('1.234')).toBe(1234);
    expect(value('1.500.000')).toBe(1_500_000);
    expect(value('1.500.000,00 đ', true)).toBe(1_500_000);
  });

  it('reads money with its currency word and scale words exactly', () => {
    expect(value('1.500.000 đ', true)).toBe(1_500_000);
    expect(value('1.500.000đồng', true)).toBe(1_500_000);
    expect(value('1.500.000 VNĐ', true)).toBe(1_500_000);
    expect(value('1,5 triệu', true)).toBe(1_500_000);
    expect(value('1,15 triệu', true)).toBe(1_150_000);
    expect(value('1.500 triệu', true)).toBe(1_500_000_000);
    expect(value('2 tỷ', true)).toBe(2_000_000_000);
    expect(value('1 tỷ 200 triệu', true)).toBe(1_200_000_000);
    expect(value('500k', true)).toBe(500_000);
  });

  it('does not guess short money forms in a count column', () => {
    expect(parseVietnameseNumber('500k').ok).toBe(false);
  });

  it('drops the unit word after a count', () => {
    expect(value('12 người')).toBe(12);
    expect(value('3 lớp')).toBe(3);
  });

  it('splits count and people written in one cell', () => {
    for (const text of ['3 lớp/120 người', '3/120', '3 lớp / 120 người', '120 người/3 lớp', '3 lớp, 120 người']) {
      expect(parseVietnameseNumber(text), text).toEqual({ ok: true, value: 3, partial: { count: 3, people: 120 } });
    }
  });

  it('reads blank, dashes and "không" phrases as zero', () => {
    for (const text of ['', '  ', '-', '–', '—', '0', 'không', 'Không có', 'chưa tổ chức', 'KHÔNG TỔ CHỨC']) {
      expect(value(text), text).toBe(0);
    }
  });

  it('refuses "x", words and dates instead of turning them into a silent zero', () => {
    for (const text of ['x', 'abc', 'đang cập nhật', '02/10/2022', '1,2,3', '12 người 5 lớp 3 cuộc 7']) {
      const r = parseVietnameseNumber(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
    }
  });

  it('keeps fractions and negatives so the checks can report them', () => {
    expect(value('12,5')).toBe(12.5);
    expect(value('-5')).toBe(-5);
  });

  it('reads space groups and an English-locale "1,234" as thousands', () => {
    expect(value('1 234')).toBe(1234);
    expect(value('1,234')).toBe(1234);
    expect(value('1,234,567')).toBe(1_234_567);
  });

  it('formats numbers the Vietnamese way for messages', () => {
    expect(formatVietnameseNumber(1_500_000)).toBe('1.500.000');
    expect(formatVietnameseNumber(12.5)).toBe('12,5');
  });
});
