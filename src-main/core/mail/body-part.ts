import type { Attachment } from 'mailparser';

/** A well-formed media type ("text/plain"); mailparser passes on whatever the header said ("text", "text/plain charset=utf-8", nothing). */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** Text formats that are reports in their own right even without a name. */
const FILE_TEXT_TYPES = new Set(['text/csv', 'text/comma-separated-values', 'text/tab-separated-values']);

/**
 * The message's own text that mailparser hands over as an attachment: an unnamed text part
 * marked as an attachment, the alternatives mail programs add (text/enriched, text/rtf,
 * text/watch-html, a calendar or contact card), a part whose type header is missing or
 * garbled, or an unnamed application/octet-stream that is plain text. A body is never a
 * received file; a named part always is (a school may well send "Báo cáo.txt").
 */
export function isMessageBody(attachment: Attachment): boolean {
  if (attachment.filename || attachment.related) return false;
  const declared = typeof attachment.contentType === 'string' ? attachment.contentType.trim().toLowerCase() : '';
  const type = MEDIA_TYPE.test(declared) ? declared : '';
  if (type.startsWith('text/')) return !FILE_TEXT_TYPES.has(type);
  if (type === '' || type === 'application/octet-stream') return looksLikeText(attachment.content);
  return false;
}

const SAMPLE_BYTES = 8192;

/** No NUL or other control bytes near the start, and none of the document signatures: text, not a file that lost its name. */
function looksLikeText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  if (head.length === 0) return true;
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return false;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return false;
  }
  return true;
}
