import { describe, expect, it } from 'vitest';
import { llw2022 } from '../../src-main/core/templates/llw-2022';

describe('built-in template (llw 2022)', () => {
  it('gives two measures to rows counted in classes/contests and people, one to the others', () => {
    const byCode = new Map(llw2022.rows.map((r) => [r.code, r]));
    expect(byCode.get('1.0')?.measures).toEqual(['count', 'people']);
    expect(byCode.get('5.3')?.measures).toEqual(['count', 'people']);
    expect(byCode.get('8')?.measures).toEqual(['count', 'people']);
    expect(byCode.get('5.1')?.measures).toEqual(['value']);
    expect(byCode.get('10.1')?.measures).toEqual(['value']);
    expect(byCode.get('4')?.kind).toBe('heading');
    expect(byCode.get('11')?.kind).toBe('text');
  });

  it('sums 1.0 over exactly 1.1–1.14', () => {
    const sum = llw2022.rules.find((r) => r.type === 'sum');
    expect(sum).toEqual({ type: 'sum', row: '1.0', of: Array.from({ length: 14 }, (_, i) => `1.${i + 1}`) });
  });
});
