import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src-main/core/checks/table-checks';
import { extractFigures, figuresOf } from '../../src-main/core/extract';
import { labelWords } from '../../src-main/core/extract/label-words';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { parseVietnameseNumber } from '../../src-main/core/text/numbers';
import { words } from '../../src-main/core/text/vietnamese';
import { officialForm } from './official-form';
import { sheet, workbook } from './source-builder';

/** Names of Object.prototype's members, which a plain-object dictionary would "find". */
const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('words that are names of Object.prototype members', () => {
  it('are words like any other in a label', () => {
    for (const w of PROTOTYPE_WORDS) expect(labelWords(`1.3 Số ${w} gv`)).toEqual(['so', ...words(w), 'giao', 'vien']);
  });

  it('after a number are a unit word, not a scale', () => {
    for (const w of PROTOTYPE_WORDS.filter((x) => /^[a-z]+$/i.test(x))) {
      expect(parseVietnameseNumber(`12 ${w}`)).toEqual({ ok: true, value: 12 });
      expect(parseVietnameseNumber(`1.500.000 ${w}`, { money: true })).toEqual({ ok: true, value: 1_500_000 });
    }
  });

  it('as rows, units and notes of a school table leave the real rows read and are listed as unknown rows', () => {
    const extra = PROTOTYPE_WORDS.map((w, i) => [`${12 + i}`, w, w, '3', '4', w]);
    const doc = workbook('BC constructor.xlsx', sheet([...officialForm(), ...extra], '__proto__'));
    const { extraction, findings } = extractFigures(doc, llw2022);
    expect(extraction).not.toBeNull();
    expect(figuresOf(extraction!)['1.0']).toEqual({ count: 5, people: 180 });
    expect(extraction!.values.find((v) => v.row === '1.0' && v.measure === 'people')?.where).toBe('__proto__!E4');
    expect(extraction!.unknownRows?.map((r) => r.label)).toEqual(PROTOTYPE_WORDS);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(checkTable(extraction!, llw2022).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
