import { containerOf } from '../job/import-batch';
import { readAllReceived } from '../job/read-pool';
import { tablesAhead } from '../job/tables-ahead';
import type { ReadSlot } from '../job/read-pool-slot';
import { READER_VERSION } from '../job/read-received';
import type { InputProblem, ReceivedFile } from '../model/received';
import type { BatchFile, ImportBatch, Round } from '../model/round';
import type { Template } from '../model/template';
import type { ReadOutcome, Verdict } from '../model/submission';
import { expandInputs } from '../readers/expand-input';
import type { Arrival } from '../store/received-repo';
import type { Store } from '../store/store';
import { outcomeKey, recheckRound, storedOutcomes } from './recheck';
import { RoundClosedError } from './round-errors';

/** How far a long piece of work is: "Đang đọc 37/120: BC … .xlsx". */
export interface Progress {
  done: number;
  total: number;
  current: string;
}

/** Progress of an import: which step, and the file just opened or read. */
export interface ImportProgress extends Progress {
  step: 'open' | 'read';
  file: string;
}

export interface ReadArrivals {
  files: ReceivedFile[];
  outcomes: ReadOutcome[];
  problems: InputProblem[];
}

/**
 * Opens every input (folders, emails, archives) and reads each file found, in worker threads.
 * `onOpened()`: everything is open and the threads start reading, which leaves this thread waiting.
 * `template`: the one the files will most likely be checked against; their tables are read
 * against it meanwhile (tables-ahead.ts).
 */
export async function readArrivals(
  paths: string[],
  opts: { threads?: number; onProgress?: (p: ImportProgress) => void; onOpened?: () => void; slots?: ReadSlot[]; template?: Template } = {},
): Promise<ReadArrivals> {
  const tell = (step: ImportProgress['step'], verb: string) => (done: number, total: number, file: string) =>
    opts.onProgress?.({ step, file, done, total, current: `${verb} ${done}/${total}: ${file}` });
  const { files, problems } = await expandInputs(paths, { onProgress: tell('open', 'Đang mở') });
  opts.onOpened?.();
  const tables = opts.template && tablesAhead(opts.template);
  try {
    const outcomes = await readAllReceived(files, { threads: opts.threads, slots: opts.slots, onProgress: tell('read', 'Đang đọc'), onRead: tables && ((o) => tables.add(o.doc)) });
    return { files, outcomes, problems };
  } finally {
    tables?.stop();
  }
}

/**
 * Adds what was read to the round as one import batch, then identifies and checks every
 * file of the round again (the new ones may change the old ones' verdicts: a second file of
 * a school, a resent version). All of it in one transaction: an import stored whole or not at all,
 * together with whatever `alongside` records (the mailbox marks the messages the files came from).
 */
export async function recordArrivals(
  store: Store,
  round: Round,
  read: ReadArrivals,
  source: string,
  actor: string,
  alongside: () => void = () => {},
): Promise<ImportBatch> {
  if (round.closed) throw new RoundClosedError(round.name);
  const { outcomes, reread } = await storedOutcomes(store, round.id);
  const arrivals: Arrival[] = [
    ...read.files.map((file, i) => ({ file, container: containerOf(file.origin), outcome: read.outcomes[i] })),
    ...read.problems.map((p) => ({ file: { name: p.origin.split(' › ').pop() ?? p.origin, origin: p.origin, bytes: Buffer.alloc(0) }, container: containerOf(p.origin), problem: p.reason })),
  ];
  const batchId = store.transaction(() => {
    for (const [r, outcome] of reread) store.received.saveOutcome(r.sha256, r.fileName, READER_VERSION, outcome);
    const recorded = store.received.record(round.id, source, actor, arrivals, READER_VERSION);
    arrivals.forEach((a, i) => a.outcome && outcomes.set(outcomeKey(recorded.ids[i].sha256, a.file.name), a.outcome));
    const { verdicts } = recheckRound(store, round, outcomes);
    store.received.setBatchFiles(
      recorded.batchId,
      arrivals.map((a, i) => batchFile(a, recorded.ids[i].id, recorded.ids[i].existed, verdicts.get(recorded.ids[i].id))),
    );
    alongside();
    return recorded.batchId;
  });
  return store.received.batches(round.id).find((b) => b.id === batchId)!;
}

function batchFile(a: Arrival, id: number, existed: boolean, verdict: Verdict | undefined): BatchFile {
  const base = { fileId: id, fileName: a.file.name, origin: a.file.origin, unitCode: verdict?.unitCode ?? null, unitName: null };
  if (existed) return { ...base, outcome: 'already-there', reason: 'Tệp này đã có trong đợt (cùng nơi gửi, cùng nội dung).' };
  if (!verdict || verdict.status === 'unreadable') {
    return { ...base, outcome: 'unreadable', reason: verdict?.findings.find((f) => f.severity === 'error')?.message ?? a.problem ?? null };
  }
  if (verdict.status === 'attachment') return { ...base, outcome: 'attachment', reason: null };
  return { ...base, outcome: verdict.unitCode ? 'tied' : 'unidentified', reason: verdict.matchEvidence ?? null };
}
