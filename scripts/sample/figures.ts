import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';
import { int } from './random';

/** Plausible numbers for one school, with 1.0 the sum of its sub-rows as the template demands. */
export function sampleFigures(template: Template, rand: () => number, students: number): Figures {
  const figures: Figures = {};
  const sumRule = template.rules.find((r) => r.type === 'sum');
  for (const row of template.rows) {
    if (row.kind !== 'measured' || row.code === sumRule?.row) continue;
    if (row.measures.length === 2) {
      const count = rand() < 0.4 ? 0 : int(rand, 1, 4);
      figures[row.code] = { count, people: count === 0 ? 0 : Math.min(students, count * int(rand, 10, 60)) };
    } else if (row.money) {
      figures[row.code] = { value: int(rand, 0, 30) * 500_000 };
    } else {
      const max = row.unit === 'quyển' ? 800 : row.code.startsWith('7.') ? 1 : 12;
      figures[row.code] = { value: row.unit === 'huyện' ? 0 : int(rand, 0, max) };
    }
  }
  if (sumRule) {
    const total = { count: 0, people: 0 };
    for (const code of sumRule.of) {
      total.count += figures[code]?.count ?? 0;
      total.people += figures[code]?.people ?? 0;
    }
    figures[sumRule.row] = total;
  }
  return figures;
}

/** The seeded error schools make most: 1.0's people not the sum of its sub-rows. */
export function withWrongTotal(figures: Figures, template: Template): Figures {
  const sumRule = template.rules.find((r) => r.type === 'sum');
  if (!sumRule) return figures;
  const total = figures[sumRule.row] ?? {};
  return { ...figures, [sumRule.row]: { ...total, people: (total.people ?? 0) + 10 } };
}
