/**
 * A saved email (.eml) unpacked into the files it carries, forwarded messages and archives
 * inside it included. Every file gets the email's sender, date and subject.
 */
import type { ExpandedInput } from '../model/received';
import { expandReceived, type ExpandOptions } from '../readers/expand-received';
import { originName } from '../readers/expand-file-names';

export async function readEml(bytes: Buffer, origin: string, options?: ExpandOptions): Promise<ExpandedInput> {
  return expandReceived({ name: originName(origin), origin, bytes }, options, 'eml');
}
