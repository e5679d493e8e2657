import { matchRowLabels } from '../extract/match-rows';
import type { Template } from '../model/template';
import { cellText, isMergedCopy } from './province-cells';
import type { LocatedTable } from './province-locate';
import type { ProvinceRowMapping, ProvinceUncertainty } from './province-mapping';

/** Below this a proposed row match is shown to the specialist to confirm. */
export const CONFIDENT_SCORE = 0.85;

/**
 * A province's table has tens of rows; a sheet that goes on for thousands is not all table,
 * and matching every one of its rows would take minutes. The table ends at a long blank run.
 */
const MAX_TABLE_ROWS = 400;
const BLANK_RUN_ENDS_TABLE = 20;

/** Rows under the header that carry a label or a number; a label merged down several rows counts once. */
function candidateRows(t: LocatedTable): Array<{ excelRow: number; stt: string; label: string; unit: string }> {
  const out = [];
  const last = Math.min(t.ws.rowCount, t.firstDataRow + MAX_TABLE_ROWS - 1);
  let blank = 0;
  for (let r = t.firstDataRow; r <= last && blank < BLANK_RUN_ENDS_TABLE; r++) {
    const labelCell = t.ws.getCell(r, t.labelCol);
    if (isMergedCopy(labelCell) && Number(labelCell.master.row) !== r) continue;
    const label = cellText(labelCell);
    const stt = t.sttCol ? cellText(t.ws.getCell(r, t.sttCol)) : '';
    if (!label && !stt) {
      blank++;
      continue;
    }
    blank = 0;
    out.push({ excelRow: r, stt, label, unit: t.unitCol ? cellText(t.ws.getCell(r, t.unitCol)) : '' });
  }
  return out;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

/**
 * Each row of the province's table paired with a template row by meaning (the matcher gives
 * each template row at most one place), and what a person has to look at: weak matches of
 * rows that take numbers, unmatched rows inside the table, and template rows the province's
 * table does not have.
 */
export function mapRows(t: LocatedTable, template: Template): { rows: ProvinceRowMapping[]; uncertain: ProvinceUncertainty[] } {
  const candidates = candidateRows(t);
  const matches = matchRowLabels(candidates.map(({ stt, label, unit }) => ({ stt, label, unit })), template);
  const byCode = new Map(template.rows.map((r) => [r.code, r]));
  const where = (r: number) => `${t.ws.name}!${t.ws.getCell(r, t.labelCol).address}`;

  const rows: ProvinceRowMapping[] = candidates.map((c, i) => ({
    excelRow: c.excelRow,
    stt: c.stt,
    label: c.label,
    code: matches[i]?.code ?? null,
    score: matches[i]?.score ?? 0,
  }));

  const uncertain: ProvinceUncertainty[] = [];
  const lastMatched = Math.max(0, ...rows.filter((r) => r.code).map((r) => r.excelRow));
  for (const row of rows) {
    const trow = row.code ? byCode.get(row.code) : undefined;
    if (trow?.kind === 'measured' && row.score < CONFIDENT_SCORE) {
      uncertain.push({
        kind: 'row',
        excelRow: row.excelRow,
        code: trow.code,
        message: `Ô ${where(row.excelRow)} "${row.label}" được ghép với dòng ${trow.code} "${trow.label}" (độ tin cậy ${pct(row.score)}): cần xác nhận.`,
      });
    } else if (!row.code && row.label && row.excelRow < lastMatched) {
      uncertain.push({
        kind: 'row',
        excelRow: row.excelRow,
        message: `Ô ${where(row.excelRow)} "${row.label}" không khớp dòng nào của mẫu: hàng này sẽ để trống, cần xác nhận.`,
      });
    }
  }

  const found = new Set(rows.map((r) => r.code));
  for (const trow of template.rows) {
    if (trow.kind !== 'measured' || found.has(trow.code)) continue;
    uncertain.push({
      kind: 'missing-row',
      code: trow.code,
      message: `Bảng của tỉnh (trang "${t.ws.name}") không có dòng ${trow.code} "${trow.label}": số liệu dòng này sẽ không được ghi, cần chỉ ra hàng tương ứng.`,
    });
  }
  return { rows, uncertain };
}
