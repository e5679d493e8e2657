/**
 * An Outlook message (.msg) unpacked into the files it carries, embedded messages and
 * archives inside it included. A damaged .msg gives an InputProblem, never an exception.
 */
import type { ExpandedInput } from '../model/received';
import { expandReceived, type ExpandOptions } from '../readers/expand-received';
import { originName } from '../readers/expand-file-names';

export async function readMsg(bytes: Buffer, origin: string, options?: ExpandOptions): Promise<ExpandedInput> {
  return expandReceived({ name: originName(origin), origin, bytes }, options, 'msg');
}
