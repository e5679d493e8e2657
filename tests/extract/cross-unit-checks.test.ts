import { describe, expect, it } from 'vitest';
import { checkOutliers } from '../../src-main/core/checks/cross-unit-checks';
import type { ExtractedValue } from '../../src-main/core/model/extraction';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

function unit(code: string, people19: number, money?: number): { code: string; values: ExtractedValue[] } {
  const values: ExtractedValue[] = [
    { row: '1.9', measure: 'count', value: 2, where: 'Sheet1!D13', raw: '2' },
    { row: '1.9', measure: 'people', value: people19, where: 'Sheet1!E13', raw: String(people19) },
  ];
  if (money !== undefined) values.push({ row: '10.1', measure: 'value', value: money, where: 'Sheet1!D44', raw: String(money) });
  return { code, values };
}

describe('checkOutliers', () => {
  it('flags a value far above the other units (an extra zero)', () => {
    const units = [unit('TH-A', 40), unit('TH-B', 55), unit('TH-C', 38), unit('TH-D', 60), unit('TH-E', 4500)];
    const found = checkOutliers(units, llw2022);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ unit: 'TH-E', severity: 'warning', rule: 'outlier', where: 'Sheet1!E13' });
    expect(found[0].message).toContain('Dòng 1.9');
    expect(found[0].message).toContain('4.500 người');
  });

  it('stays silent with fewer than five reporting units', () => {
    const units = [unit('TH-A', 40), unit('TH-B', 55), unit('TH-C', 38), unit('TH-E', 4500), unit('TH-F', 0)];
    expect(checkOutliers(units, llw2022)).toEqual([]);
  });

  it('does not flag ordinary spread or small numbers', () => {
    const spread = [unit('A', 30), unit('B', 45), unit('C', 60), unit('D', 80), unit('E', 120), unit('F', 400)];
    expect(checkOutliers(spread, llw2022)).toEqual([]);
    const small = [unit('A', 1), unit('B', 1), unit('C', 2), unit('D', 1), unit('E', 1), unit('F', 40)];
    expect(checkOutliers(small, llw2022)).toEqual([]);
  });

  it('uses a money floor so a few million đồng is not "extreme"', () => {
    const units = [unit('A', 40, 200_000), unit('B', 40, 300_000), unit('C', 40, 250_000), unit('D', 40, 100_000), unit('E', 40, 5_000_000)];
    expect(checkOutliers(units, llw2022)).toEqual([]);
    units.push(unit('F', 40, 900_000_000));
    expect(checkOutliers(units, llw2022).map((f) => f.unit)).toEqual(['F']);
  });
});
