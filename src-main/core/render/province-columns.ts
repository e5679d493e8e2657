import { headerCore } from '../extract/table-layout';
import { isBuiltinMeasure, measureColumns, type MeasureKey, type Template } from '../model/template';
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
  // A template's own number column ("Số trường") is the province's column of the same (lowest) header.
  const own = new Map(measureColumns(template).filter((c) => !isBuiltinMeasure(c.key)).map((c) => [headerCore(c.header), c.key]));
  const columns = t.columns.map((c): ProvinceColumnMapping => {
    const letter = columnLetter(c.excelCol);
    const role = own.get(headerCore(c.header.split(' › ').pop() ?? '')) ?? c.role;
    const isMeasure = !['stt', 'label', 'unit', 'note', 'other'].includes(role);
    if (!isMeasure) return { excelCol: c.excelCol, letter, header: c.header, measure: null };
    if (taken.has(role)) {
      uncertain.push({
        kind: 'column',
        excelCol: c.excelCol,
        message: `Cột ${letter} "${c.header}" (trang "${t.ws.name}") cũng là ${measureName(role, template)} như một cột trước nó: cột này để trống, cần xác nhận cột nào nhận số liệu.`,
      });
      return { excelCol: c.excelCol, letter, header: c.header, measure: null };
    }
    taken.add(role);
    return { excelCol: c.excelCol, letter, header: c.header, measure: role };
  });

  const needed = new Set(template.rows.flatMap((r) => r.measures).filter((m) => m !== 'value'));
  for (const m of needed) {
    if (taken.has(m)) continue;
    uncertain.push({
      kind: 'column',
      message: `Bảng của tỉnh (trang "${t.ws.name}") không có cột ${measureName(m, template)}: cần chỉ ra cột nhận số liệu này.`,
    });
  }
  return { columns, uncertain };
}
