import { matchRowLabels } from '../extract/match-rows';
import type { Template } from '../model/template';
import { cellText, isMergedCopy } from './province-cells';
import type { LocatedTable } from './province-locate';
import type { ProvinceRowMapping, ProvinceUncertainty } from './province-mapping';

/** Below this a proposed row match is shown to the specialist to confirm. */
export const CONFIDENT_SCORE = 0.85;

/** Rows under the header that carry a label or a number; a label merged down several rows counts once. */
function candidateRows(t: LocatedTable): Array<{ excelRow: number; stt: string; label: string; unit: string }> {
  const out = [];
  for (let r = t.firstDataRow; r <= t.ws.rowCount; r++) {
    const labelCell = t.ws.getCell(r, t.labelCol);
    if (isMergedCopy(labelCell) && Number(labelCell.master.row) !== r) continue;
    const label = cellText(labelCell);
    const stt = t.sttCol ? cellText(t.ws.getCell(r, t.sttCol)) : '';
    if (!label && !stt) continue;
    out.push({ excelRow: r, stt, label, unit: t.unitCol ? cellText(t.ws.getCell(r, t.unitCol)) : '' });
  }
  return out;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

/**
 * Each row of the province's table paired with a template row by meaning, and what a person
 * has to look at: weak matches, rows matched twice, unmatched rows inside the table, and
 * template rows the province's table does not have.
 */
export function mapRows(t: LocatedTable, template: Template): { rows: ProvinceRowMapping[]; uncertain: ProvinceUncertainty[] } {
  const candidates = candidateRows(t);
  const matches = matchRowLabels(candidates.map(({ stt, label, unit }) => ({ stt, label, unit })), template);
  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const where = (r: number) => `${t.ws.name}!${t.ws.getCell(r, t.labelCol).address}`;
  const uncertain: ProvinceUncertainty[] = [];

  const rows: ProvinceRowMapping[] = candidates.map((c, i) => ({
    excelRow: c.excelRow,
    stt: c.stt,
    label: c.label,
    code: matches[i]?.code ?? null,
    score: matches[i]?.score ?? 0,
  }));

  // One template row, one place to write it: the best match keeps the code.
  const best = new Map<string, ProvinceRowMapping>();
  for (const row of rows) {
    if (!row.code) continue;
    const held = best.get(row.code);
    if (!held || row.score > held.score) best.set(row.code, row);
  }
  for (const row of rows) {
    if (!row.code || best.get(row.code) === row) continue;
    const winner = best.get(row.code)!;
    uncertain.push({
      kind: 'row',
      excelRow: row.excelRow,
      code: row.code,
      message: `Ô ${where(row.excelRow)} "${row.label}" giống dòng ${row.code} của mẫu, nhưng dòng đó đã ghép với ô ${where(winner.excelRow)}: hàng này để trống, cần xác nhận.`,
    });
    row.code = null;
  }

  const lastMatched = Math.max(0, ...rows.filter((r) => r.code).map((r) => r.excelRow));
  for (const row of rows) {
    const trow = row.code ? byCode.get(row.code) : undefined;
    if (trow && row.score < CONFIDENT_SCORE) {
      uncertain.push({
        kind: 'row',
        excelRow: row.excelRow,
        code: row.code!,
        message: `Ô ${where(row.excelRow)} "${row.label}" được ghép với dòng ${trow.code} "${trow.label}" (độ tin cậy ${pct(row.score)}): cần xác nhận.`,
      });
    } else if (!row.code && row.excelRow < lastMatched && row.label && !uncertain.some((u) => u.excelRow === row.excelRow)) {
      uncertain.push({
        kind: 'row',
        excelRow: row.excelRow,
        message: `Ô ${where(row.excelRow)} "${row.label}" không khớp dòng nào của mẫu: hàng này sẽ để trống, cần xác nhận.`,
      });
    }
  }

  for (const trow of template.rows) {
    if (trow.kind !== 'measured' || best.has(trow.code)) continue;
    uncertain.push({
      kind: 'missing-row',
      code: trow.code,
      message: `Bảng của tỉnh (trang "${t.ws.name}") không có dòng ${trow.code} "${trow.label}": số liệu dòng này sẽ không được ghi, cần chỉ ra hàng tương ứng.`,
    });
  }
  return { rows, uncertain };
}
