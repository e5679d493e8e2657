import { basename } from 'node:path';
import type { ConsolidationResult } from '../model/consolidation';
import type { ConsolidationView, Round, StoredOutput } from '../model/round';
import { documentNames, writeReport, writeWorkbook, type ProvinceWorkbook } from '../outputs/round-documents';
import { readWorkbook } from '../province/workbook-mapping';
import type { ReportDocument } from '../report/document';
import { draftReport } from '../report/report-model';
import { readOfficeSettings } from '../settings/office-settings';
import type { Versioned } from '../store/versions-repo';
import type { Store } from '../store/store';
import { consolidateRound } from './consolidate-round';
import { compiledListViews } from './list-views';
import { templateOf } from './round-context';
import { ConflictError } from './round-errors';
import { openRoundOrFail } from './rounds';

/** A consolidation as stored: the result without its template (the round names it). */
type StoredResult = Omit<ConsolidationResult, 'template'>;

function whyOut(u: StoredResult['units'][number], findings: StoredResult['findings']): string | null {
  if (u.status === 'missing') return 'Chưa nộp báo cáo.';
  if (u.decision === 'return') return 'Đã trả lại cho đơn vị.';
  if (u.status === 'rejected') return findings.find((f) => f.unit === u.code && f.severity === 'error')?.message ?? 'Có lỗi.';
  return null;
}

function viewOf(store: Store, roundId: number, v: Versioned<StoredResult>): ConsolidationView {
  const lists = compiledListViews(templateOf(store, store.rounds.get(roundId)!), v.body.lists);
  return {
    roundId,
    version: v.version,
    at: v.at,
    by: v.by,
    totals: v.body.totals,
    units: v.body.units.map((u) => ({ code: u.code, name: u.name, status: u.status, late: u.late, why: whyOut(u, v.body.findings) })),
    findings: v.body.findings,
    ...(lists ? { lists } : {}),
    outputs: store.versions.outputs(roundId, v.id),
  };
}

export function latestConsolidation(store: Store, roundId: number): ConsolidationView | null {
  const v = store.versions.latestConsolidation<StoredResult>(roundId);
  return v ? viewOf(store, roundId, v) : null;
}

/** Keeps a copy of the province's workbook among the originals, as the one the template's rounds fill. */
export function rememberProvinceWorkbook(store: Store, round: Round, file: string): Buffer {
  const bytes = readWorkbook(file);
  store.province.rememberWorkbook(round.templateId, store.originals.put(bytes), bytes.length, basename(file));
  return bytes;
}

/** The province's workbook for the round: the one given (remembered for the template from now on), else the one remembered. */
function provinceWorkbook(store: Store, round: Round, file: string | undefined): ProvinceWorkbook | undefined {
  if (file) return { bytes: rememberProvinceWorkbook(store, round, file), fileName: basename(file) };
  const remembered = store.province.workbookOf(round.templateId);
  return remembered && { bytes: store.originals.read(remembered.sha256), fileName: remembered.fileName };
}

/** "tong-hop-2023-v3.xlsx": each consolidation's workbook kept beside the earlier ones. */
const versioned = (name: string, version: number) => name.replace(/(\.[^.]+)$/, `-v${version}$1`);

/**
 * Consolidates the round as it stands, stores the result as a new version, and writes its
 * workbook (into the province's own workbook when there is one) among the round's outputs.
 */
export async function consolidateAndStore(store: Store, roundId: number, opts: { provinceWorkbook?: string; by: string }): Promise<ConsolidationView> {
  const round = openRoundOrFail(store, roundId);
  const result = consolidateRound(store, round);
  const xlsx = await writeWorkbook(result, store, provinceWorkbook(store, round, opts.provinceWorkbook));
  const { template: _, ...body } = result;
  return store.transaction(() => {
    const version = store.versions.addConsolidation<StoredResult>(round.id, body, opts.by);
    store.versions.addOutput(round.id, version.id, xlsx.kind, versioned(documentNames(round.year).xlsx, version.version), xlsx.bytes);
    return viewOf(store, round.id, version);
  });
}

/**
 * The round's report draft: the one the specialist saved since the latest consolidation,
 * else drafted from that consolidation (an older saved draft stays among the versions).
 */
export function roundDraft(store: Store, roundId: number): ReportDocument {
  const consolidation = store.versions.latestConsolidation<StoredResult>(roundId);
  const saved = store.versions.latestDraft<ReportDocument>(roundId);
  if (saved && (!consolidation || saved.at >= consolidation.at)) return saved.body;
  if (!consolidation) throw new ConflictError('Đợt báo cáo chưa được tổng hợp: hãy tổng hợp trước khi soạn báo cáo.');
  const round = store.rounds.get(roundId)!;
  return draftReport({ ...consolidation.body, template: templateOf(store, round) }, readOfficeSettings(store).settings);
}

export function saveDraft(store: Store, roundId: number, draft: ReportDocument, by: string): number {
  openRoundOrFail(store, roundId);
  return store.versions.addDraft(roundId, draft, by).version;
}

/** Renders the round's draft to PDF and DOCX (and keeps the draft's JSON beside them) among the outputs. */
export async function renderRoundReport(store: Store, roundId: number): Promise<StoredOutput[]> {
  const round = openRoundOrFail(store, roundId);
  const report = await writeReport(roundDraft(store, roundId), readOfficeSettings(store).settings);
  const consolidationId = store.versions.latestConsolidation(roundId)?.id ?? null;
  const names = documentNames(round.year);
  return store.transaction(() => [
    store.versions.addOutput(round.id, consolidationId, 'pdf', names.pdf, report.pdf),
    store.versions.addOutput(round.id, consolidationId, 'docx', names.docx, report.docx),
    store.versions.addOutput(round.id, consolidationId, 'draft', names.draft, report.draft),
  ]);
}
