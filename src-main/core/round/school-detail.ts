import { newestFirst } from '../consolidate/versions';
import { READER_VERSION } from '../job/read-received';
import { schoolDetail } from '../extract/own-workbook';
import type { ConsolidationResult, SchoolDetail, UnitResult } from '../model/consolidation';
import type { StoredSubmission } from '../model/submission';
import type { Store } from '../store/store';

/**
 * A district's schools, kept with its report at the province: from this app's workbook the
 * district sent, read again from what the store kept of it. The workbook must hold the very
 * numbers counted for the district (the counted file itself, or one sent beside it with the
 * same totals), so that its schools add up to what the province sums. Districts that sent no
 * such workbook have none.
 */
export function withSchoolDetail(store: Store, result: ConsolidationResult, subs: StoredSubmission[]): ConsolidationResult {
  const units = result.units.map((u): UnitResult => {
    const schools = schoolsOf(store, u, subs, result);
    return schools ? { ...u, schools } : u;
  });
  return { ...result, units };
}

function schoolsOf(store: Store, unit: UnitResult, subs: StoredSubmission[], result: ConsolidationResult): SchoolDetail[] | null {
  if (unit.countedFileId === undefined) return null;
  const workbooks = subs
    .filter((s) => s.unitCode === unit.code && s.kind === 'xlsx' && s.hasTable && sameFigures(s, unit))
    .sort((a, b) => Number(b.id === unit.countedFileId) - Number(a.id === unit.countedFileId) || newestFirst(a, b));
  for (const s of workbooks) {
    const doc = store.received.outcome(s.sha256, s.fileName, READER_VERSION)?.doc;
    const schools = doc && schoolDetail(doc, result.template);
    if (schools) return schools;
  }
  return null;
}

function sameFigures(s: StoredSubmission, unit: UnitResult): boolean {
  return s.values.length === unit.values.length && s.values.every((v) => unit.figures[v.row]?.[v.measure] === v.value);
}
