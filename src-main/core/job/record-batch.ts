import type { Campaign } from '../model/consolidation';
import type { InputProblem } from '../model/received';
import type { Template } from '../model/template';
import type { ImportedFile, ImportSummary, Store } from '../store/store';
import { analyseBatch, type ReadFile } from './import-batch';

export interface RoundTarget {
  roundId: number;
  template: Template;
  campaign: Campaign;
}

/**
 * Ties every read file to its unit, checks it, and records it into the round in one
 * transaction, together with whatever `alongside` records (the mailbox marks the messages
 * these files came from), so that both land or neither does.
 */
export function recordBatch(
  store: Store,
  round: RoundTarget,
  read: ReadFile[],
  problems: InputProblem[],
  alongside: () => void = () => {},
): { summary: ImportSummary; files: ImportedFile[] } {
  const registry = store.units(true);
  const registryCodes = new Set(registry.map((u) => u.code));
  const madeBefore = store.units().filter((u) => !registryCodes.has(u.code));
  const batch = analyseBatch(read, problems, { template: round.template, campaign: round.campaign, registry, madeBefore });
  let summary: ImportSummary = { added: 0, alreadyThere: 0 };
  store.db.transaction(() => {
    store.saveUnits(batch.newUnits, false);
    summary = store.recordImport(round.roundId, batch.files);
    alongside();
  })();
  return { summary, files: batch.files };
}
