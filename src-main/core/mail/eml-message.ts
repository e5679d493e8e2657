/**
 * One saved email (.eml, or a message/rfc822 attachment): its sender, date and subject, and
 * its attachments one level down. Forwarded messages come out as .eml children for the
 * expander to open in turn; the body text is not a file, however the mail program marked it.
 */
import { simpleParser, type Attachment, type ParsedMail, type SimpleParserOptions } from 'mailparser';
import type { InputProblem, ReceivedFile } from '../model/received';
import { childOrigin, type ContainerContents, type Envelope } from '../readers/expand-container';
import { repairFileName, safeBaseName, unnamedAttachmentName } from '../readers/expand-file-names';
import type { ExpandBudget } from '../readers/expand-limits';
import { isMessageBody } from './body-part';
import { addressIn, headerValues, messageDate } from './mail-headers';

const PARSER_OPTIONS: SimpleParserOptions = {
  // Forwarded messages stay attachments so that each keeps its own sender and date.
  ignoreEmbedded: true,
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipImageLinks: true,
  keepCidLinks: true,
  checksumAlgo: false,
};

export const INLINE_MARK = '(ảnh chèn trong thư)';

export async function readEmlMessage(bytes: Buffer, origin: string, budget: ExpandBudget): Promise<ContainerContents> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(bytes, PARSER_OPTIONS);
  } catch (error) {
    return { files: [], problems: [{ origin, reason: `thư bị hỏng, không đọc được (${(error as Error).message})` }] };
  }
  const envelope = envelopeOf(mail);
  const files: ReceivedFile[] = [];
  const problems: InputProblem[] = [];
  const attachments = mail.attachments.filter((a) => !isMessageBody(a));
  for (const [index, attachment] of attachments.entries()) {
    if (index >= budget.limits.maxAttachments) {
      problems.push({ origin, reason: `thư có ${attachments.length} tệp đính kèm, chỉ lấy ${budget.limits.maxAttachments} tệp đầu` });
      break;
    }
    const name = await attachmentName(attachment, index + 1);
    const inline = attachment.related === true || (attachment.contentDisposition === 'inline' && String(attachment.contentType).startsWith('image/'));
    const where = childOrigin(origin, inline ? `${name} ${INLINE_MARK}` : forwardedLabel(attachment, name));
    const overBudget = budget.take(attachment.size);
    if (overBudget) {
      problems.push({ origin: where, reason: `không lấy tệp đính kèm này và các tệp sau: ${overBudget}` });
      break;
    }
    files.push({ name, origin: where, bytes: attachment.content });
  }
  if (attachments.length === 0) {
    problems.push({ origin, reason: noAttachmentReason(envelope) });
  }
  return { files, problems, envelope };
}

function envelopeOf(mail: ParsedMail): Envelope {
  const headerText = mail.headerLines.map((header) => header.line).join('\r\n');
  const from = mail.from?.value.find((address) => address.address)?.address;
  // From is who wrote it; Sender and Reply-To only stand in when From is missing.
  const sender = from?.toLowerCase() ?? addressIn(headerValues(headerText, 'sender')[0]) ?? addressIn(headerValues(headerText, 'reply-to')[0]);
  const subject = mail.subject?.normalize('NFC').trim();
  return { sender, receivedAt: messageDate(headerText), subject: subject || undefined };
}

async function attachmentName(attachment: Attachment, position: number): Promise<string> {
  const declared = attachment.filename ? repairFileName(safeBaseName(attachment.filename)) : '';
  if (attachment.contentType !== 'message/rfc822') return declared || unnamedAttachmentName(position, attachment.contentType);
  // Named .eml so that the expander opens it as an email even when its headers look unusual.
  const name = declared || safeBaseName(await forwardedSubject(attachment.content)) || unnamedAttachmentName(position, attachment.contentType);
  return /\.eml$/i.test(name) ? name : `${name}.eml`;
}

/** A forwarded message is shown by its subject in the origin: "thu.eml › Fwd: Báo cáo › BC.xlsx". */
function forwardedLabel(attachment: Attachment, name: string): string {
  const isMessage = attachment.contentType === 'message/rfc822' || /\.eml$/i.test(name);
  return isMessage ? name.replace(/\.eml$/i, '') : name;
}

async function forwardedSubject(message: Buffer): Promise<string> {
  const headerEnd = message.indexOf('\r\n\r\n') >= 0 ? message.indexOf('\r\n\r\n') : message.indexOf('\n\n');
  try {
    const headers = await simpleParser(headerEnd >= 0 ? message.subarray(0, headerEnd) : message, PARSER_OPTIONS);
    return headers.subject?.normalize('NFC').trim() ?? '';
  } catch {
    return '';
  }
}

function noAttachmentReason(envelope: Envelope): string {
  const about = envelope.subject ? ` «${envelope.subject}»` : '';
  const from = envelope.sender ? ` của ${envelope.sender}` : '';
  return `thư${about}${from} không có tệp đính kèm nào (nội dung có thể được dán vào thân thư hoặc gửi bằng đường dẫn): hãy mở thư xem và đề nghị trường gửi tệp`;
}
