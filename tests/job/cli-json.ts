import type { Figures } from '../../src-main/core/model/extraction';
import type { Template } from '../../src-main/core/model/template';

/** What `consolidate --json` prints, as far as the tests look. */
export interface CliJson {
  level: 'school' | 'district';
  year: number;
  units: Array<{ code: string; name: string; status: string; late: boolean; files: string[]; superseded: string[]; schools?: Array<{ code: string; name: string; status: string }> }>;
  unidentified: Array<{ file: string; reason: string }>;
  totals: Figures;
  findings: Array<{ unit: string | null; file: string; severity: string; rule: string; where: string | null; message: string }>;
  outputs: { xlsx: string; pdf: string; docx: string };
}

/** The district's totals a specialist would count: every measured row summed over the accepted schools (7.1 is not summed). */
export function expectedTotals(template: Template, figures: Map<string, Figures>, accepted: Set<string>): Figures {
  const totals: Figures = {};
  for (const row of template.rows) {
    if (row.kind !== 'measured') continue;
    totals[row.code] = {};
    for (const m of row.measures) {
      let sum = 0;
      if (row.code !== '7.1') for (const [code, f] of figures) if (accepted.has(code)) sum += f[row.code]?.[m] ?? 0;
      totals[row.code][m] = sum;
    }
  }
  return totals;
}
