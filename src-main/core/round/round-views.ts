import { isLate } from '../consolidate/consolidate';
import { pickVersions } from '../consolidate/versions';
import { READER_VERSION } from '../job/read-received';
import type { ConsolidationResult, FileFinding, UnitResult } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type {
  Board,
  BoardRow,
  BoardState,
  Decision,
  FileReport,
  FindingView,
  ReceivedFileView,
  Round,
  RoundOverview,
  TableView,
  UnidentifiedFile,
  UnitReport,
  ValueView,
} from '../model/round';
import type { StoredSubmission } from '../model/submission';
import type { Template } from '../model/template';
import type { Store } from '../store/store';
import { suggestUnits } from '../units/suggest-units';
import { consolidateRound } from './consolidate-round';
import { unitListViews } from './list-views';
import { campaignOf } from './round-context';
import { NotFoundError } from './round-errors';
import { roundOrFail } from './rounds';
import { standingDecisions } from './standing-decisions';

/** Warnings that compare a unit with the others: they come and go as other reports arrive. */
const ACROSS_UNITS = new Set(['outlier']);

/**
 * The board's state of a unit (ui.md "States and their words"). A report in the totals is
 * "đã chấp nhận" when nothing about it needs a look (no warning of its own) or the specialist
 * accepted it; with warnings still to look at it is "đã nộp".
 */
function stateOf(u: UnitResult, findings: FileFinding[]): BoardState {
  if (u.status === 'missing') return 'missing';
  if (u.decision === 'return') return 'returned';
  if (u.status === 'rejected') return 'errors';
  if (u.decision === 'accept') return 'accepted';
  return findings.some((f) => f.severity === 'warning' && !ACROSS_UNITS.has(f.rule)) ? 'received' : 'accepted';
}

function findingsByUnit(result: ConsolidationResult): Map<string | null, FileFinding[]> {
  const byUnit = new Map<string | null, FileFinding[]>();
  for (const f of result.findings) {
    const list = byUnit.get(f.unit);
    if (list) list.push(f);
    else byUnit.set(f.unit, [f]);
  }
  return byUnit;
}

const findingsOf = (result: ConsolidationResult, code: string) => result.findings.filter((f) => f.unit === code);
const count = (findings: Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

function overviewOf(round: Round, result: ConsolidationResult, expected: number): RoundOverview {
  const byUnit = findingsByUnit(result);
  const states = result.units.map((u) => stateOf(u, byUnit.get(u.code) ?? []));
  const n = (s: BoardState) => states.filter((x) => x === s).length;
  return {
    ...round,
    progress: {
      expected,
      received: result.units.filter((u) => u.status !== 'missing').length,
      late: result.units.filter((u) => u.late).length,
      withErrors: n('errors'),
      accepted: n('accepted'),
      returned: n('returned'),
      unidentified: result.unidentified.length,
    },
  };
}

export function roundOverview(store: Store, round: Round): RoundOverview {
  return overviewOf(round, consolidateRound(store, round, { statesOnly: true }), store.units.registryCount());
}

/** Every unit of the round with its state, and the files tied to no unit as a group of their own. */
export function roundBoard(store: Store, roundId: number): Board {
  const round = roundOrFail(store, roundId);
  const result = consolidateRound(store, round);
  const units = new Map(store.units.records().map((u) => [u.code, u]));
  const byUnit = findingsByUnit(result);
  const rows = result.units.map((u): BoardRow => {
    const findings = byUnit.get(u.code) ?? [];
    return {
      unitCode: u.code,
      unitName: u.name,
      unitType: units.get(u.code)?.type ?? null,
      state: stateOf(u, findings),
      late: u.late,
      receivedAt: u.receivedAt ?? null,
      errors: count(findings, 'error'),
      warnings: count(findings, 'warning'),
      inRegistry: units.get(u.code)?.inRegistry ?? false,
      inTotals: u.status === 'accepted',
    };
  });
  // The files tied to no unit, by what they are: their numbers (most of a large round) stay in the store.
  const subs = store.received.submissions(round.id, { withValues: false });
  const unidentified = subs.filter((s) => !s.unitCode && s.status !== 'attachment').map((s) => unidentifiedFile(store, s));
  return { round: overviewOf(round, result, store.units.registryCount()), rows, unidentified };
}

function unidentifiedFile(store: Store, s: StoredSubmission): UnidentifiedFile {
  return {
    fileId: s.id,
    fileName: s.fileName,
    origin: s.origin,
    sender: s.sender,
    receivedAt: s.receivedAt,
    reason: s.matchEvidence || 'Không xác định được đơn vị gửi.',
    suggestions: suggestionsFor(store, s),
  };
}

function suggestionsFor(store: Store, s: StoredSubmission) {
  const doc = store.received.outcome(s.sha256, s.fileName, READER_VERSION)?.doc;
  return suggestUnits({ fileName: s.fileName, sender: s.sender ?? undefined, headerText: doc?.headerText }, store.units.list());
}

function fileView(s: StoredSubmission, round: Round, counted: Set<number>): ReceivedFileView {
  return {
    fileId: s.id,
    fileName: s.fileName,
    origin: s.origin,
    kind: s.kind,
    sender: s.sender,
    receivedAt: s.receivedAt,
    late: isLate(s.receivedAt, campaignOf(round)),
    readStatus: s.status,
    counted: counted.has(s.id),
    matchBy: s.matchBy,
    matchEvidence: s.matchEvidence,
  };
}

/** "12:sum-mismatch:Sheet1!E7": the same problem keeps its id across re-checks. */
const findingId = (fileId: number | null, f: Finding) => `${fileId ?? 0}:${f.rule}:${f.where ?? ''}`;

function findingViews(findings: FileFinding[], subs: StoredSubmission[], accepted: Decision | undefined): FindingView[] {
  const idOf = new Map(subs.map((s) => [s.origin, s.id]));
  return findings.map(({ unit: _, file, ...f }) => {
    const fileId = idOf.get(file) ?? null;
    const id = findingId(fileId, f);
    const acceptedHere = accepted?.warnings?.includes(id) ? { accepted: { decisionId: accepted.id, by: accepted.by, at: accepted.at } } : {};
    return { ...f, id, fileId, ...acceptedHere };
  });
}

/** Each table of the files as read, with every cell's place, for the right-hand side. */
function tablesOf(store: Store, subs: StoredSubmission[]): TableView[] {
  return subs.flatMap((s) => {
    const doc = store.received.outcome(s.sha256, s.fileName, READER_VERSION)?.doc;
    return (doc?.tables ?? []).map((t) => ({ fileId: s.id, name: `${s.fileName} — ${t.name}`, rows: t.rows.map((row) => row.map((c) => ({ text: c.text, where: c.where }))) }));
  });
}

const aboutFiles = (history: Decision[], ids: Set<number>, unitCode: string | null) =>
  history.filter((d) => (d.fileId !== null && ids.has(d.fileId)) || (unitCode !== null && d.unitCode === unitCode));

/** A unit's report: the table as understood, the findings, the files as read, every version, the history. */
export function unitReport(store: Store, roundId: number, unitCode: string): UnitReport {
  const round = roundOrFail(store, roundId);
  const result = consolidateRound(store, round);
  const unit = result.units.find((u) => u.code === unitCode);
  if (!unit) throw new NotFoundError(`Không có đơn vị mã "${unitCode}" trong đợt báo cáo này.`);
  const own = store.received.submissions(round.id).filter((s) => s.unitCode === unitCode);
  const versions = own.length ? pickVersions(own) : { counted: [], table: null, superseded: [] };
  const standing = standingDecisions(store.decisions.standing(round.id));
  const verdict = unit.countedFileId === undefined ? undefined : standing.verdicts.get(unit.countedFileId);
  const corrections = versions.table ? (standing.corrections.get(versions.table.id) ?? []) : [];
  const values = (versions.table?.values ?? []).map((v): ValueView => {
    const c = corrections.find((d) => d.cell === v.where && d.measure === v.measure);
    return c ? { ...v, corrected: { from: c.oldValue ?? v.value, reason: c.reason, by: c.by, at: c.at, decisionId: c.id } } : v;
  });
  const history = store.decisions.history(round.id);
  const findings = findingsOf(result, unitCode);
  return {
    round,
    unitCode,
    unitName: unit.name,
    state: stateOf(unit, findings),
    late: unit.late,
    files: own.map((s) => fileView(s, round, new Set(versions.counted.map((c) => c.id)))),
    values,
    findings: findingViews(findings, own, verdict?.kind === 'accept' ? verdict : undefined),
    tables: tablesOf(store, versions.counted),
    sections: unit.sections,
    ...listsOf(result.template, unit),
    returnReason: verdict?.kind === 'return' ? verdict.reason : null,
    history: aboutFiles(history, new Set(own.map((s) => s.id)), unitCode),
    schools: unit.schools ?? [],
  };
}

/** The unit's lines of the template's lists, from its counted files. */
function listsOf(template: Template, unit: UnitResult): Pick<UnitReport, 'lists'> {
  const lists = unitListViews(template, unit.entries ?? [], unit.name);
  return lists ? { lists } : {};
}

/** One received file: what was read, what was found, to which unit it may belong. */
export function fileReport(store: Store, roundId: number, fileId: number): FileReport {
  const round = roundOrFail(store, roundId);
  const subs = store.received.submissions(round.id);
  const s = subs.find((x) => x.id === fileId);
  if (!s) throw new NotFoundError(`Không có tệp số ${fileId} trong đợt báo cáo này.`);
  const unit = s.unitCode ? store.units.get(s.unitCode) : undefined;
  const doc = store.received.outcome(s.sha256, s.fileName, READER_VERSION)?.doc;
  const findings = s.findings.map((f) => ({ ...f, unit: s.unitCode, file: s.origin }));
  return {
    round,
    file: fileView(s, round, new Set([s.id])),
    unitCode: s.unitCode,
    unitName: unit?.name ?? null,
    reason: s.matchEvidence,
    findings: findingViews(findings, [s], undefined),
    tables: tablesOf(store, [s]),
    sections: doc?.sections ?? s.sections,
    suggestions: suggestionsFor(store, s),
    history: aboutFiles(store.decisions.history(round.id), new Set([s.id]), null),
  };
}
