import type { ImportedFile, ImportSummary, Store } from '../store/store';
import type { AnalysedBatch } from './import-batch';
import { errorText, stageFailure } from '../stage-failure';

/**
 * Records a checked batch in one transaction. A file that cannot be recorded as it is (a
 * value the store refuses, a write that fails) is recorded without its numbers, with the
 * error on it; the rest are recorded all the same. Each attempt is a savepoint, so a failed
 * one leaves nothing half-written.
 */
export function recordBatch(store: Store, roundId: number, batch: AnalysedBatch, say: (message: string) => void): ImportSummary {
  return store.db.transaction(() => {
    store.saveUnits(batch.newUnits, false);
    try {
      return store.recordImport(roundId, batch.files);
    } catch {
      const total: ImportSummary = { added: 0, alreadyThere: 0 };
      for (const file of batch.files) {
        const one = recordOne(store, roundId, file, say);
        total.added += one.added;
        total.alreadyThere += one.alreadyThere;
      }
      return total;
    }
  })();
}

function recordOne(store: Store, roundId: number, file: ImportedFile, say: (message: string) => void): ImportSummary {
  try {
    return store.recordImport(roundId, [file]);
  } catch (error) {
    const failure = stageFailure('record', file.fileName, error);
    try {
      return store.recordImport(roundId, [{ ...file, hasTable: false, sections: [], values: [], findings: [...file.findings, failure] }]);
    } catch (again) {
      say(`Không lưu được tệp ${file.origin}: ${errorText(again)}`);
      return { added: 0, alreadyThere: 0 };
    }
  }
}
