import { describe, expect, it } from 'vitest';
import { hasTableAhead, readStatisticsTable, readTableAhead, tablesAhead } from '../../src-main/core/job/tables-ahead';
import type { Template } from '../../src-main/core/model/template';
import { llw2022 } from '../../src-main/core/templates/llw-2022';
import { officialForm } from '../extract/official-form';
import { sheet, workbook } from '../extract/source-builder';

const report = () => workbook('BC TH Liên Châu.xlsx', sheet(officialForm()));
const funding = (t: { extraction: { values: Array<{ row: string; value: number }> } | null }) => t.extraction?.values.find((v) => v.row === '10.1')?.value;

/** The same template in a later version, its funding row renamed beyond recognition. */
const renamed: Template = {
  ...llw2022,
  version: `${llw2022.version}-khac`,
  rows: llw2022.rows.map((r) => (r.code === '10.1' ? { ...r, label: 'Xyz qwv', aliases: [] } : r)),
};

describe('statistics tables read while the other files are read', () => {
  it('hands the checks the table read ahead, once, for the same template even as another object', () => {
    const doc = report();
    const early = readTableAhead(doc, llw2022);
    expect(funding(early!)).toBe(1_500_000);
    expect(readStatisticsTable(doc, structuredClone(llw2022))).toBe(early);
    // Taken once: a second analysis of the same document reads it again, alike.
    const again = readStatisticsTable(doc, llw2022);
    expect(again).not.toBe(early);
    expect(again).toEqual(early);
  });

  it('reads the table again against the round’s template when it was read ahead against another', () => {
    const doc = report();
    expect(funding(readTableAhead(doc, renamed)!)).toBeUndefined();
    expect(funding(readStatisticsTable(doc, llw2022))).toBe(1_500_000);
  });

  it('reads the documents handed to it between other work, and stops when told', async () => {
    const [first, second, third] = [report(), report(), report()];
    const ahead = tablesAhead(llw2022);
    ahead.add(first);
    ahead.add(null);
    ahead.add(second);
    // Nothing is read in the caller's turn: the reading threads' messages come first.
    expect(hasTableAhead(first)).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect([hasTableAhead(first), hasTableAhead(second)]).toEqual([true, false]);
    await new Promise((r) => setImmediate(r));
    expect(hasTableAhead(second)).toBe(true);
    ahead.add(third);
    ahead.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(hasTableAhead(third)).toBe(false);
    expect(readStatisticsTable(third, llw2022)).toEqual(readStatisticsTable(first, llw2022));
  });
});
