/**
 * One Outlook message (.msg): sender, date, subject and its attachments one level down.
 * Embedded messages come out as .msg children for the expander to open in turn. msgreader
 * throws on damaged files in many places, so every call into it is guarded.
 */
import MsgReaderModule, { type FieldsData } from '@kenjiuno/msgreader';
import type { InputProblem, ReceivedFile } from '../model/received';
import { childOrigin, type ContainerContents, type Envelope } from '../readers/expand-container';
import { repairFileName, safeBaseName, unnamedAttachmentName } from '../readers/expand-file-names';
import type { ExpandBudget } from '../readers/expand-limits';
import { INLINE_MARK } from './eml-message';
import { addressIn, headerValues, isoDate, messageDate } from './mail-headers';
import { msgStructureProblem } from './msg-structure';

// The package is CommonJS with an `exports.default`; Node's ESM loader hands back the whole exports object.
const MsgReader: typeof MsgReaderModule =
  (MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule;

export async function readMsgMessage(bytes: Buffer, origin: string, budget: ExpandBudget): Promise<ContainerContents> {
  const damage = msgStructureProblem(bytes);
  if (damage) return { files: [], problems: [{ origin, reason: corruptReason(damage) }] };
  let reader: MsgReaderModule;
  let data: FieldsData;
  try {
    reader = new MsgReader(new Uint8Array(bytes).buffer);
    data = reader.getFileData();
  } catch (error) {
    return { files: [], problems: [{ origin, reason: corruptReason(error) }] };
  }
  if (data.error) return { files: [], problems: [{ origin, reason: corruptReason(data.error) }] };
  const envelope = envelopeOf(data);
  const attachments = data.attachments ?? [];
  const files: ReceivedFile[] = [];
  const problems: InputProblem[] = [];
  for (const [index, attachment] of attachments.entries()) {
    if (index >= budget.limits.maxAttachments) {
      problems.push({ origin, reason: `thư có ${attachments.length} tệp đính kèm, chỉ lấy ${budget.limits.maxAttachments} tệp đầu` });
      break;
    }
    const name = attachmentName(attachment, index + 1);
    const inline = attachment.attachmentHidden === true && Boolean(attachment.pidContentId);
    const where = childOrigin(origin, inline ? `${name} ${INLINE_MARK}` : attachment.innerMsgContent ? name.replace(/\.msg$/i, '') : name);
    let content: Uint8Array;
    try {
      content = reader.getAttachment(attachment).content;
    } catch (error) {
      problems.push({ origin: where, reason: `tệp đính kèm bị hỏng, không lấy ra được (${(error as Error).message})` });
      continue;
    }
    const overBudget = budget.take(content.length);
    if (overBudget) {
      problems.push({ origin: where, reason: `không lấy tệp đính kèm này và các tệp sau: ${overBudget}` });
      break;
    }
    files.push({ name, origin: where, bytes: Buffer.from(content) });
  }
  if (attachments.length === 0) {
    problems.push({ origin, reason: 'thư Outlook không có tệp đính kèm nào: hãy mở thư xem và đề nghị trường gửi tệp' });
  }
  return { files, problems, envelope };
}

function envelopeOf(data: FieldsData): Envelope {
  const headers = data.headers ?? '';
  const smtpSender = data.senderAddressType === 'EX' ? undefined : data.senderEmail;
  const sender = addressIn(data.senderSmtpAddress ?? smtpSender ?? data.sentRepresentingSmtpAddress ?? data.creatorSMTPAddress)
    ?? addressIn(headerValues(headers, 'from')[0]);
  const receivedAt = isoDate(data.messageDeliveryTime) ?? isoDate(data.clientSubmitTime) ?? messageDate(headers);
  const subject = data.subject?.normalize('NFC').trim();
  return { sender, receivedAt, subject: subject || undefined };
}

function attachmentName(attachment: FieldsData, position: number): string {
  if (attachment.innerMsgContent) {
    const subject = safeBaseName(attachment.name ?? attachment.innerMsgContentFields?.subject ?? '');
    return subject ? `${repairFileName(subject)}.msg` : `thu-dinh-kem-${position}.msg`;
  }
  const declared = safeBaseName(attachment.fileName ?? attachment.fileNameShort ?? attachment.name ?? '');
  return declared ? repairFileName(declared) : unnamedAttachmentName(position, attachment.attachMimeTag);
}

function corruptReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `thư Outlook (.msg) bị hỏng, không đọc được (${message}): hãy lưu lại thư từ Outlook hoặc đề nghị trường gửi lại`;
}
