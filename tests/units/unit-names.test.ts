import { describe, expect, it } from 'vitest';
import { parseUnitName, sameUnitName, unitNameKey, unitTypeOf } from '../../src-main/core/units/unit-names';

describe('unit names', () => {
  it.each([
    ['Trường Tiểu học Liên Châu', 'TH Lien Chau'],
    ['TRƯỜNG TH LIÊN CHÂU', 'Trường TH Liên Châu'.normalize('NFD')],
    ['Trường Mầm non Bích Hòa', 'MN Bích Hoà'],
    ['Trường THCS Thủy An', 'THCS Thuỷ An'],
    ['Trường Tiểu học và Trung học cơ sở Vĩnh Bình Nam', 'TH&THCS Vĩnh Bình Nam'],
    ['Trung tâm học tập cộng đồng xã Kim An', 'TTHTCĐ Kim An'],
    ['Trung tâm GDNN-GDTX huyện Thanh Oai', 'TTGDNN - GDTX Thanh Oai'],
  ])('"%s" and "%s" name the same unit', (a, b) => {
    expect(sameUnitName(a, b)).toBe(true);
  });

  it.each([
    ['TH Liên Châu', 'THCS Liên Châu'],
    ['TH&THCS Liên Châu', 'THCS Liên Châu'],
    ['Trường Tiểu học Liên Châu A', 'Trường Tiểu học Liên Châu'],
    ['TTGDTX Thanh Oai', 'TTGDNN-GDTX Thanh Oai'],
    ['Liên Châu', 'Liên Châu'],
  ])('"%s" and "%s" are not the same unit', (a, b) => {
    expect(sameUnitName(a, b)).toBe(false);
  });

  it('splits type and proper name, using the registry type when the name has none', () => {
    expect(parseUnitName('TTHTCĐ xã Kim An')).toEqual({ type: 'TTHTCĐ', properName: 'xã Kim An', words: ['kim', 'an'] });
    expect(parseUnitName('Liên Châu', 'Tiểu học')).toEqual({ type: 'TH', properName: 'Liên Châu', words: ['lien', 'chau'] });
    expect(unitNameKey('Trường THCS Thị trấn')).toBe('THCS:thitran');
  });

  it('reads the registry\'s "Loại" in its usual spellings', () => {
    expect(['MN', 'Mầm non', 'Tiểu học', 'thcs', 'TH & THCS', 'TTHTCĐ', 'Trung tâm GDNN-GDTX', 'Trường học'].map(unitTypeOf))
      .toEqual(['MN', 'MN', 'TH', 'THCS', 'TH&THCS', 'TTHTCĐ', 'TTGDNN-GDTX', undefined]);
  });
});
