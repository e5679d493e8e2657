import { checkNarrative } from '../checks/narrative-checks';
import { checkTable } from '../checks/table-checks';
import { checkRoundYear } from '../checks/year-check';
import { extractLists, noListTable } from '../extract/extract-lists';
import type { Campaign } from '../model/consolidation';
import type { Finding } from '../model/finding';
import type { InputProblem, ReceivedFile } from '../model/received';
import type { SourceDocument } from '../model/source';
import type { RoundLevel } from '../model/round';
import type { Template } from '../model/template';
import type { Unit } from '../model/unit';
import type { ImportedFile } from '../model/submission';
import { formUnitOf, type TableReading } from '../form/form-extraction';
import { ContainerIdentifier, type ContainerIdentity } from './identify-containers';
import type { ReadOutcome } from './read-received';
import { stageFailure } from '../stage-failure';
import { readStatisticsTable } from './tables-ahead';

export interface ReadFile {
  file: ReceivedFile;
  outcome: ReadOutcome;
}

export interface AnalysedBatch {
  files: ImportedFile[];
  /** Units the app made from documents of schools the registry does not know. */
  newUnits: Unit[];
}

/** The email or standalone file a received file arrived in. */
export function containerOf(origin: string): string {
  return origin.split(' › ')[0];
}

/**
 * Ties every read file to its unit and checks it against the template: the whole
 * per-file analysis, before anything is recorded.
 */
export function analyseBatch(
  read: ReadFile[],
  problems: InputProblem[],
  ctx: {
    template: Template;
    campaign: Campaign;
    registry: Unit[];
    madeBefore: Unit[];
    /** Who reports in the round: schools (the default) or district offices. */
    level?: RoundLevel;
    /** Containers the specialist tied by hand (or untied): their identity is decided, not guessed. */
    tied?: Map<string, ContainerIdentity>;
  },
): AnalysedBatch {
  const identifier = new ContainerIdentifier(ctx.registry, ctx.madeBefore, ctx.level);
  const byContainer = groupBy(read, (r) => containerOf(r.file.origin));
  const identities = new Map<string, Identity>();
  const newUnits: Unit[] = [];
  for (const [container, files] of byContainer) {
    const identity = ctx.tied?.get(container) ?? identifyContained(identifier, container, files);
    identities.set(container, identity);
    if (identity.newUnit) newUnits.push(identity.newUnit);
  }

  const imported = read.map(({ file, outcome }): ImportedFile => {
    const container = containerOf(file.origin);
    const identity = identities.get(container)!;
    const unit = identity.match?.unit;
    const analysis = analyseContained(file.name, outcome, { template: ctx.template, campaign: ctx.campaign, unit, siblings: byContainer.get(container)! });
    return {
      bytes: file.bytes,
      fileName: file.name,
      origin: file.origin,
      container,
      sender: file.sender,
      subject: file.subject,
      receivedAt: file.receivedAt,
      kind: outcome.kind,
      unitCode: unit?.code ?? null,
      matchBy: identity.match?.by ?? undefined,
      matchEvidence: identity.match?.evidence ?? identity.reason,
      status: outcome.status,
      hasTable: analysis.hasTable,
      sections: outcome.doc?.sections ?? [],
      values: analysis.values,
      entries: analysis.entries,
      findings: [...(identity.failure ? [identity.failure] : []), ...(identity.warning ? [identity.warning] : []), ...analysis.findings],
    };
  });

  for (const p of problems) {
    const container = containerOf(p.origin);
    imported.push(problemRecord(p, container, identities.get(container)));
  }
  return { files: imported, newUnits };
}

type Identity = ContainerIdentity & { failure?: Finding };

/** Identification of one container; a failure leaves it unidentified, with the reason on each of its files. */
function identifyContained(identifier: ContainerIdentifier, container: string, files: ReadFile[]): Identity {
  try {
    return identifier.identify(
      files.map(({ file, outcome }) => ({
        fileName: file.name,
        sender: file.sender,
        subject: file.subject,
        headerText: outcome.doc?.headerText,
        formUnit: formUnitOf(outcome.doc),
      })),
    );
  } catch (error) {
    const failure = stageFailure('identify', container, error);
    return { match: null, reason: failure.message, failure };
  }
}

type Analysis = { hasTable: boolean; values: ImportedFile['values']; entries: ImportedFile['entries']; findings: Finding[] };

/** What the checks of one file need beyond the file: the round, its unit, the other files of its email. */
interface DocumentContext {
  template: Template;
  campaign: Campaign;
  unit: Unit | undefined;
  siblings: ReadFile[];
}

/** The checks of one file; a failure is an error on that file, which keeps it out of the totals. */
function analyseContained(fileName: string, outcome: ReadOutcome, ctx: DocumentContext): Analysis {
  try {
    return analyseDocument(outcome, ctx);
  } catch (error) {
    return { hasTable: false, values: [], entries: [], findings: [...outcome.findings, stageFailure('check', fileName, error)] };
  }
}

function analyseDocument(outcome: ReadOutcome, ctx: DocumentContext): Analysis {
  const doc = outcome.doc;
  if (!doc) return { hasTable: false, values: [], entries: [], findings: [...outcome.findings] };
  const lists = ctx.template.lists?.length ? extractLists(doc, ctx.template, { campaign: ctx.campaign, unitName: ctx.unit?.name }) : null;
  const entries = lists ? [...lists.entries.values()].flat() : [];
  const hasLists = !!lists?.tables.length;
  if (!hasFixedRows(ctx.template)) {
    // A template of lists only (a schedule): the school's plan is what it sends, judged by its entries.
    const findings = [...outcome.findings, ...checkRoundYear(doc, ctx.campaign), ...(lists?.findings ?? []), ...(hasLists ? [] : [noListTable(doc, ctx.template)])];
    return { hasTable: hasLists, values: [], entries, findings: dedupe(findings) };
  }
  const table = readStatisticsTable(doc, ctx.template);
  // A sum the form's reading computed is no longer a formula without a result.
  const findings = outcome.findings.filter((f) => !(f.rule === 'formula-no-result' && f.where && table.recomputed.has(f.where)));
  findings.push(...checkRoundYear(doc, ctx.campaign));
  const figures = analyseFigures(doc, ctx, table, findings);
  findings.push(...(lists?.findings ?? []));
  // The statistics table is what makes the file the unit's report; its lists may be in it or beside it.
  return { hasTable: figures.hasTable, values: figures.values, entries, findings: dedupe(findings) };
}

function hasFixedRows(template: Template): boolean {
  return template.rows.some((r) => r.kind !== 'heading');
}

/** The statistics table of a template of fixed rows, and the narrative of a Word report. */
function analyseFigures(
  doc: SourceDocument,
  { template, campaign, unit, siblings }: DocumentContext,
  { extraction, findings: extractFindings }: TableReading,
  findings: Finding[],
): { hasTable: boolean; values: ImportedFile['values'] } {
  if (doc.format === 'docx') {
    const tableElsewhere =
      !extraction && siblings.some((s) => s.outcome.doc && s.outcome.doc !== doc && s.outcome.doc.tables.length > 0);
    findings.push(...checkNarrative(doc, template, campaign, { tableElsewhere }));
  }
  if (!extraction) {
    // A Word narrative without a table is judged by the narrative checks above.
    if (doc.format !== 'docx') findings.push(...extractFindings);
    return { hasTable: false, values: [] };
  }
  findings.push(...extractFindings, ...checkTable(extraction, template, { unitStudents: unit?.students }));
  return { hasTable: true, values: extraction.values };
}

/** The same rule at the same place is one problem, however many steps noticed it. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.where}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemRecord(p: InputProblem, container: string, identity: ContainerIdentity | undefined): ImportedFile {
  const name = p.origin.split(' › ').pop() ?? p.origin;
  return {
    bytes: Buffer.alloc(0),
    fileName: name,
    origin: p.origin,
    container,
    kind: 'unknown',
    unitCode: identity?.match?.unit.code ?? null,
    matchBy: identity?.match?.by,
    matchEvidence: identity?.match?.evidence ?? identity?.reason,
    status: 'unreadable',
    hasTable: false,
    sections: [],
    values: [],
    entries: [],
    findings: [{ severity: 'error', rule: 'unreadable', where: null, message: p.reason.includes(name) ? p.reason : `Tệp ${name}: ${p.reason}` }],
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}
