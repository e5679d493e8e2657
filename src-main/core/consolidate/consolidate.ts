import { checkOutliers } from '../checks/cross-unit-checks';
import type { Campaign, ConsolidationResult, FileFinding, Unidentified, UnitResult } from '../model/consolidation';
import type { ExtractedValue, Figures } from '../model/extraction';
import type { RoundLevel } from '../model/round';
import type { Template } from '../model/template';
import type { Unit } from '../model/unit';
import type { StoredSubmission } from '../model/submission';
import { stageFailure } from '../stage-failure';
import { compileLists, missingListFindings } from './compile-lists';
import { newestFirst, pickVersions } from './versions';

/** Rules that say "nothing to count here": moot once the unit's table was found elsewhere. */
const NO_TABLE_RULES = new Set(['no-table']);

/** The specialist's say on a unit's counted file: in the totals despite its errors, or returned to the school. */
export type UnitDecision = 'accept' | 'return';

/**
 * From everything recorded for a round to the district's result: one counted submission
 * per unit, its status, and the totals over accepted units. `decisions` are by the id of the
 * file they were made on; they hold only while that file is the one counted.
 */
export function consolidate(
  subs: StoredSubmission[],
  units: Unit[],
  registryCodes: Set<string>,
  template: Template,
  campaign: Campaign,
  decisions: Map<number, UnitDecision> = new Map(),
  level: RoundLevel = 'school',
): ConsolidationResult {
  const byUnit = new Map<string, StoredSubmission[]>();
  const loose: StoredSubmission[] = [];
  for (const s of subs) {
    if (s.unitCode) byUnit.set(s.unitCode, [...(byUnit.get(s.unitCode) ?? []), s]);
    else loose.push(s);
  }

  const findings: FileFinding[] = [];
  const results: UnitResult[] = [];
  for (const unit of units) {
    const own = byUnit.get(unit.code);
    if (!own) {
      if (registryCodes.has(unit.code)) results.push(missingUnit(unit));
      continue;
    }
    try {
      const one = unitResult(unit, own, campaign, decisions);
      findings.push(...one.findings);
      results.push(one.result);
    } catch (error) {
      // One unit's broken record must not cost the district its report: it is rejected with the reason.
      findings.push({ ...stageFailure('consolidate', `đơn vị ${unit.name}`, error), unit: unit.code, file: own[0].origin });
      results.push({ ...missingUnit(unit), status: 'rejected', files: own.map((s) => s.origin) });
    }
  }

  findings.push(...missingListFindings(template, results));
  const accepted = results.filter((u) => u.status === 'accepted');
  for (const o of checkOutliers(accepted.map((u) => ({ code: u.code, values: u.values })), template)) {
    const { unit, ...finding } = o;
    const file = accepted.find((u) => u.code === unit)?.tableFile ?? '';
    findings.push({ ...finding, unit, file });
  }

  const unidentified: Unidentified[] = [];
  for (const s of loose) {
    unidentified.push({ file: s.origin, reason: s.matchEvidence || 'Không xác định được đơn vị gửi.' });
    findings.push(...s.findings.map((f): FileFinding => ({ ...f, unit: null, file: s.origin })));
  }

  const lists = template.lists?.length ? { lists: compileLists(template, accepted) } : {};
  return { template, level, campaign, units: results, unidentified, totals: sumFigures(template, accepted), ...lists, findings };
}

/** One unit's counted submission, status and figures, with the findings that decided it. */
function unitResult(
  unit: Unit,
  own: StoredSubmission[],
  campaign: Campaign,
  decisions: Map<number, UnitDecision>,
): { result: UnitResult; findings: FileFinding[] } {
  const { counted, table, superseded } = pickVersions(own);
  const unitFindings = counted
    .flatMap((s) => s.findings.map((f): FileFinding => ({ ...f, unit: unit.code, file: s.origin })))
    .filter((f) => !(table && NO_TABLE_RULES.has(f.rule)));
  if (!table && !unitFindings.some((f) => f.severity === 'error')) {
    unitFindings.push({
      unit: unit.code,
      file: counted[0].origin,
      severity: 'error',
      rule: 'no-table',
      where: null,
      message: `Đơn vị ${unit.name} chưa gửi bảng số liệu theo mẫu (các tệp đã nhận không có bảng): không có gì để tổng hợp.`,
    });
  }
  const newest = counted[0];
  const countedFile = table ?? newest;
  // A list may come in another file of the same email than the statistics table (the Word plan beside the workbook).
  const entries = counted.flatMap((s) => (s.entries ?? []).map((e) => ({ ...e, file: s.origin })));
  const decision = decisions.get(countedFile.id);
  const rejected = decision === 'return' || (decision !== 'accept' && (!table || unitFindings.some((f) => f.severity === 'error')));
  const result: UnitResult = {
    code: unit.code,
    name: unit.name,
    status: rejected ? 'rejected' : 'accepted',
    countedFileId: countedFile.id,
    ...(decision ? { decision } : {}),
    late: isLate(newest.receivedAt, campaign),
    files: counted.map((s) => s.origin),
    ...(table ? { tableFile: table.origin } : {}),
    superseded: superseded.map((s) => s.origin),
    figures: table ? figuresOf(table.values) : {},
    values: table?.values ?? [],
    ...(entries.length ? { entries } : {}),
    // The narrative may have come in another email than the table: the newest one counts.
    sections: (counted.find((s) => s.sections.length > 0) ?? newestWithSections(own))?.sections ?? [],
    ...(newest.receivedAt ? { receivedAt: newest.receivedAt } : {}),
    ...(newest.sender ? { sender: newest.sender } : {}),
  };
  return { result, findings: unitFindings };
}

function newestWithSections(subs: StoredSubmission[]): StoredSubmission | undefined {
  return subs.filter((s) => s.sections.length > 0).sort(newestFirst)[0];
}

function missingUnit(unit: Unit): UnitResult {
  return { code: unit.code, name: unit.name, status: 'missing', late: false, files: [], superseded: [], figures: {}, values: [], sections: [] };
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** After the deadline's whole day, on Vietnam's clock (a 06:00 email the next day is late). */
export function isLate(receivedAt: string | undefined | null, campaign: Campaign): boolean {
  if (!receivedAt) return false;
  const t = Date.parse(receivedAt);
  if (Number.isNaN(t)) return false;
  return new Date(t + VIETNAM_OFFSET_MS).toISOString().slice(0, 10) > campaign.deadline;
}

export function figuresOf(values: ExtractedValue[]): Figures {
  const out: Figures = {};
  for (const v of values) (out[v.row] ??= {})[v.measure] = v.value;
  return out;
}

/** Every measured row of the template, summed over the accepted units (zero where none). */
export function sumFigures(template: Template, units: Array<{ figures: Figures }>): Figures {
  const districtOnly = new Set(template.rules.flatMap((r) => (r.type === 'district-only' ? [r.row] : [])));
  const totals: Figures = {};
  for (const row of template.rows) {
    if (row.kind !== 'measured') continue;
    const t: Figures[string] = {};
    for (const m of row.measures) {
      t[m] = districtOnly.has(row.code) ? 0 : units.reduce((sum, u) => sum + (u.figures[row.code]?.[m] ?? 0), 0);
    }
    totals[row.code] = t;
  }
  return totals;
}
