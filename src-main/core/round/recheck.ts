import type { ContainerIdentity } from '../job/identify-containers';
import { analyseBatch, type ReadFile } from '../job/import-batch';
import { READER_VERSION, readReceived } from '../job/read-received';
import type { InputProblem } from '../model/received';
import type { Decision, Round } from '../model/round';
import type { ReadOutcome, ReceivedRecord, Verdict } from '../model/submission';
import { stageFailure } from '../stage-failure';
import type { Store } from '../store/store';
import { withCorrections } from './corrections';
import { campaignOf, templateOf } from './round-context';
import { standingDecisions, type StandingDecisions } from './standing-decisions';

/** What the readers made of each (bytes, name), by `outcomeKey`. */
export type Outcomes = Map<string, ReadOutcome>;

export const outcomeKey = (sha256: string, fileName: string): string => `${sha256}|${fileName}`;

/**
 * What the readers made of every file already in the round, from the store; a file read by
 * an older reader (or never stored) is read again from its original's bytes.
 */
export async function storedOutcomes(store: Store, roundId: number): Promise<{ outcomes: Outcomes; reread: Array<[ReceivedRecord, ReadOutcome]> }> {
  const outcomes: Outcomes = new Map();
  const reread: Array<[ReceivedRecord, ReadOutcome]> = [];
  for (const r of store.received.records(roundId)) {
    if (r.problem) continue;
    const key = outcomeKey(r.sha256, r.fileName);
    if (outcomes.has(key)) continue;
    let outcome = store.received.outcome(r.sha256, r.fileName, READER_VERSION);
    if (!outcome) {
      outcome = await readReceived({ name: r.fileName, origin: r.origin, bytes: store.originals.read(r.sha256) });
      reread.push([r, outcome]);
    }
    outcomes.set(key, outcome);
  }
  return { outcomes, reread };
}

export interface RecheckSummary {
  files: number;
  /** Units the app had made from documents that no file is tied to any more (merged into registry units). */
  unitsMerged: string[];
  /** The verdict of every file, by its id. */
  verdicts: Map<number, Verdict>;
}

/**
 * Identification and checks of every file of the round again, from the stored reading
 * results and the standing decisions (ties decide a file's unit, corrections are written
 * into its cells before the checks). Synchronous: the caller runs it in the transaction
 * that changed what the verdicts depend on.
 */
export function recheckRound(store: Store, round: Round, outcomes: Outcomes): RecheckSummary {
  const records = store.received.records(round.id);
  const decisions = standingDecisions(store.decisions.standing(round.id));
  // The numbers read before matter only where the specialist corrected some of them.
  const previous = decisions.corrections.size ? new Map(store.received.submissions(round.id).map((s) => [s.id, s.values])) : new Map<number, never[]>();
  const readRecords = records.filter((r) => !r.problem);
  const problemRecords = records.filter((r) => r.problem);
  const read: ReadFile[] = readRecords.map((r) => ({
    file: { name: r.fileName, origin: r.origin, bytes: Buffer.alloc(0), sender: r.sender, subject: r.subject, receivedAt: r.receivedAt, senderChain: r.senderChain },
    outcome: corrected(outcomeOf(outcomes, r), decisions.corrections.get(r.id), previous.get(r.id) ?? []),
  }));
  const problems: InputProblem[] = problemRecords.map((r) => ({ origin: r.origin, reason: r.problem! }));
  const registry = store.units.list(true);
  const batch = analyseBatch(read, problems, {
    template: templateOf(store, round),
    campaign: campaignOf(round),
    registry,
    madeBefore: [],
    level: round.level,
    tied: tiedContainers(store, records, decisions),
  });
  const ordered = [...readRecords, ...problemRecords];
  const verdicts = new Map<number, Verdict>(batch.files.map((f, i) => [ordered[i].id, f]));
  store.units.save(batch.newUnits, false);
  saveVerdictsContained(store, verdicts, new Map(ordered.map((r) => [r.id, r.fileName])));
  return { files: records.length, unitsMerged: store.units.pruneMade(), verdicts };
}

/**
 * Records the verdicts, all at once when the store takes them; otherwise file by file, each on
 * its own savepoint, and a verdict the store refuses is recorded without its numbers, with the
 * reason: one file never costs the round the others.
 */
export function saveVerdictsContained(store: Store, verdicts: Map<number, Verdict>, names: Map<number, string>): void {
  try {
    store.transaction(() => store.received.saveVerdicts([...verdicts].map(([id, verdict]) => ({ id, verdict }))));
    return;
  } catch {
    // Found below, file by file.
  }
  for (const [id, verdict] of verdicts) {
    try {
      store.transaction(() => store.received.saveVerdicts([{ id, verdict }]));
    } catch (error) {
      const failed: Verdict = { ...verdict, hasTable: false, sections: [], values: [], entries: [], findings: [...verdict.findings, stageFailure('record', names.get(id) ?? `số ${id}`, error)] };
      store.transaction(() => store.received.saveVerdicts([{ id, verdict: failed }]));
      verdicts.set(id, failed);
    }
  }
}

function outcomeOf(outcomes: Outcomes, r: ReceivedRecord): ReadOutcome {
  const found = outcomes.get(outcomeKey(r.sha256, r.fileName));
  if (found) return found;
  return { kind: 'unknown', status: 'unreadable', doc: null, findings: [{ severity: 'error', rule: 'corrupt-file', where: null, message: `Không đọc lại được tệp ${r.fileName} từ kho.` }] };
}

function corrected(outcome: ReadOutcome, corrections: Decision[] | undefined, read: Array<{ where: string; measure: string; value: number }>): ReadOutcome {
  if (!corrections?.length || !outcome.doc) return outcome;
  return { ...outcome, doc: withCorrections(outcome.doc, corrections, read) };
}

/** A file tied by hand decides its whole email: the attachments of one email come from one school. */
function tiedContainers(store: Store, records: ReceivedRecord[], decisions: StandingDecisions): Map<string, ContainerIdentity> {
  const tied = new Map<string, ContainerIdentity>();
  for (const r of records) {
    const d = decisions.ties.get(r.id);
    if (!d) continue;
    const unit = d.unitCode ? store.units.get(d.unitCode) : undefined;
    tied.set(
      r.container,
      unit
        ? { match: { unit, by: 'manual', score: 1, evidence: `Gắn bằng tay bởi ${d.by}: ${d.reason}` }, reason: '' }
        : { match: null, reason: `Đã bỏ gắn với đơn vị bằng tay (${d.by}): ${d.reason}` },
    );
  }
  return tied;
}
