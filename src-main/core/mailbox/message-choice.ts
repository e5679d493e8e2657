/**
 * Which messages are worth downloading, decided from what the server tells before the
 * download (BODYSTRUCTURE and ENVELOPE): a report comes as an attachment, and the
 * specialist's subject words narrow the choice further.
 */
import type { MessageStructureObject } from 'imapflow';
import { words } from '../text/vietnamese';

/**
 * A part the sender attached: a file with a name or marked as an attachment, or a forwarded
 * email. The text of the message and images pasted into it without a name (a signature's
 * logo) are not.
 */
function isAttachment(part: MessageStructureObject): boolean {
  const type = part.type.toLowerCase();
  if (type === 'message/rfc822') return true;
  if (type.startsWith('multipart/')) return false;
  const named = Boolean(part.dispositionParameters?.filename ?? part.parameters?.name);
  if (part.disposition?.toLowerCase() === 'attachment') return true;
  if (!named) return false;
  return !(type.startsWith('image/') && part.id && part.disposition?.toLowerCase() !== 'attachment');
}

export function hasAttachment(structure: MessageStructureObject | undefined): boolean {
  if (!structure) return false;
  if (structure.childNodes?.length) return structure.childNodes.some(hasAttachment);
  return isAttachment(structure);
}

/** The specialist's subject words, folded ("Báo cáo HTSĐ" → ["bao", "cao", "htsd"]). */
export function subjectWords(text: string | undefined): string[] {
  return text ? words(text) : [];
}

/** Every word present in the subject, diacritics, case and punctuation aside. */
export function subjectMatches(subject: string | undefined, wanted: string[]): boolean {
  if (wanted.length === 0) return true;
  const have = new Set(words(subject ?? ''));
  return wanted.every((w) => have.has(w));
}
