/**
 * A .zip unpacked in memory into the files inside it, zips and emails inside it included,
 * within the limits that stop zip bombs (entry count, sizes, compression ratio, depth).
 */
import type { ExpandedInput } from '../model/received';
import { originName } from './expand-file-names';
import type { ExpandLimits } from './expand-limits';
import { expandReceived } from './expand-received';

export async function readZip(bytes: Buffer, origin: string, limits?: Partial<ExpandLimits>): Promise<ExpandedInput> {
  return expandReceived({ name: originName(origin), origin, bytes }, { limits }, 'zip');
}
