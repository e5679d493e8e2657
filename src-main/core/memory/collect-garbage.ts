import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, now. Between the stages of a large run (reading and checking,
 * the Word file, the workbook), what a stage let go is still in the heap: V8 grows the heap
 * rather than collect it while there is room, and at 2,000 units that garbage (about 150 MB)
 * sat under the workbook's writing and the PDF's thread and made the peak. Collected at the
 * boundary, the next stage starts from what is really held. Node gives the collector only
 * to a process started with --expose-gc, or to a context made after the flag is set.
 */
let collect: (() => void) | undefined;

/**
 * Below this much heap in use a stage's garbage cannot make the peak (58 or 150 schools: about
 * 25–40 MB, 6–20 MB of it garbage), and a full collection still costs about 30 ms.
 */
const WORTH_COLLECTING_BYTES = 96 * 1024 * 1024;

export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size < WORTH_COLLECTING_BYTES) return;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
