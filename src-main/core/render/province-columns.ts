import type { MeasureKey, Template } from '../model/template';
import type { LocatedTable } from './province-locate';
import type { ProvinceColumnMapping, ProvinceUncertainty } from './province-mapping';
import { measureName } from './vi-labels';

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * Each column with the measure it takes. Two columns claiming one measure (a "Kế hoạch" and
 * a "Thực hiện" block, say) keep the first and ask; a template whose rows need a measure the
 * table has no column for asks too.
 */
export function mapColumns(t: LocatedTable, template: Template): { columns: ProvinceColumnMapping[]; uncertain: ProvinceUncertainty[] } {
  const uncertain: ProvinceUncertainty[] = [];
  const taken = new Set<MeasureKey>();
  const columns = t.columns.map((c): ProvinceColumnMapping => {
    const letter = columnLetter(c.excelCol);
    const isMeasure = c.role === 'count' || c.role === 'people' || c.role === 'value';
    if (!isMeasure) return { excelCol: c.excelCol, letter, header: c.header, measure: null };
    if (taken.has(c.role as MeasureKey)) {
      uncertain.push({
        kind: 'column',
        excelCol: c.excelCol,
        message: `Cột ${letter} "${c.header}" (trang "${t.ws.name}") cũng là ${measureName[c.role as MeasureKey]} như một cột trước nó: cột này để trống, cần xác nhận cột nào nhận số liệu.`,
      });
      return { excelCol: c.excelCol, letter, header: c.header, measure: null };
    }
    taken.add(c.role as MeasureKey);
    return { excelCol: c.excelCol, letter, header: c.header, measure: c.role as MeasureKey };
  });

  const needed = new Set(template.rows.flatMap((r) => r.measures).filter((m) => m !== 'value'));
  for (const m of needed) {
    if (taken.has(m)) continue;
    uncertain.push({
      kind: 'column',
      message: `Bảng của tỉnh (trang "${t.ws.name}") không có cột ${measureName[m]}: cần chỉ ra cột nhận số liệu này.`,
    });
  }
  return { columns, uncertain };
}
