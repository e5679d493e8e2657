/**
 * One received file unpacked into the documents inside it: emails, Outlook messages and zips
 * are opened level by level (decided by content, the extension only breaks ties), everything
 * else passes through for the document readers. Never throws; every file or part that cannot
 * be opened becomes an InputProblem and the rest goes on.
 *
 * Sender and date of a file that came in a forwarded email: the file keeps the OUTER
 * message's sender and date (who sent it to the office, and when), unless the caller's
 * isSchoolAddress says the forwarded message is from a school and the outer one is not — then
 * the file is credited to the school. Either way `senderChain` keeps every sender, outermost
 * first, so the unit matching can still see both.
 */
import type { ExpandedInput, ReceivedFile } from '../model/received';
import { readZipEntries } from './archive-zip-entries';
import type { ContainerReader, Envelope } from './expand-container';
import { defaultExpandLimits, ExpandBudget, type ExpandLimits } from './expand-limits';
import { extensionOf, type FileKind, sniffKind } from './sniff';

export interface ExpandOptions {
  limits?: Partial<ExpandLimits>;
  /** True for a registered school's email address (lower case). */
  isSchoolAddress?: (address: string) => boolean;
}

export type ContainerKind = 'eml' | 'msg' | 'zip';

/** The mail parsers are loaded when a run meets its first email: most inboxes of files have none. */
const READERS: Record<ContainerKind, () => Promise<ContainerReader>> = {
  eml: async () => (await import('../mail/eml-message')).readEmlMessage,
  msg: async () => (await import('../mail/msg-message')).readMsgMessage,
  zip: async () => readZipEntries,
};

const ARCHIVE_REASON = 'Tệp .rar/.7z chưa đọc được: hãy giải nén rồi thêm các tệp bên trong, hoặc đề nghị trường gửi tệp .zip';
export const EMPTY_REASON = 'tệp rỗng (0 byte): hãy đề nghị trường gửi lại';

interface Walk {
  budget: ExpandBudget;
  isSchoolAddress: (address: string) => boolean;
}

/** Unpacks one file; `kind` forces how the outermost level is read (readEml, readZip…). */
export async function expandReceived(file: ReceivedFile, options: ExpandOptions = {}, kind?: ContainerKind): Promise<ExpandedInput> {
  const walk: Walk = {
    budget: new ExpandBudget({ ...defaultExpandLimits, ...options.limits }),
    isSchoolAddress: options.isSchoolAddress ?? (() => false),
  };
  try {
    return await expandAt(file, 0, walk, kind);
  } catch (error) {
    return { files: [], problems: [{ origin: file.origin, reason: `không mở được tệp (${(error as Error).message})` }] };
  }
}

async function expandAt(file: ReceivedFile, depth: number, walk: Walk, forced?: ContainerKind): Promise<ExpandedInput> {
  const kind = file.bytes.length === 0 ? 'empty' : forced ?? containerKind(await sniffKind(file.bytes, file.name), file.name);
  if (kind === 'empty') return { files: [], problems: [{ origin: file.origin, reason: EMPTY_REASON }] };
  if (kind === 'archive') return { files: [], problems: [{ origin: file.origin, reason: ARCHIVE_REASON }] };
  if (kind === null) return { files: [file], problems: [] };
  if (depth >= walk.budget.limits.maxDepth) {
    return { files: [], problems: [{ origin: file.origin, reason: `tệp lồng trong quá nhiều tầng thư/tệp nén (quá ${walk.budget.limits.maxDepth} tầng): không mở tiếp` }] };
  }
  const contents = await (await READERS[kind]())(file.bytes, file.origin, walk.budget);
  const result: ExpandedInput = { files: [], problems: [...contents.problems] };
  for (const child of contents.files) {
    const inherited = { ...child, ...handedDown(file, contents.envelope, walk) };
    const expanded = await expandAt(inherited, depth + 1, walk);
    result.files.push(...expanded.files);
    result.problems.push(...expanded.problems);
  }
  return result;
}

function containerKind(kind: FileKind, name: string): ContainerKind | 'empty' | 'archive' | null {
  if (kind === 'eml' || kind === 'msg' || kind === 'zip' || kind === 'empty') return kind;
  if (kind === 'rar' || kind === '7z') return 'archive';
  // Saved emails may start with a line the sniffer does not take for a header ("From " of mbox).
  if ((kind === 'text' || kind === 'unknown') && extensionOf(name) === 'eml') return 'eml';
  return null;
}

type Handed = Pick<ReceivedFile, 'sender' | 'receivedAt' | 'subject' | 'senderChain'>;

/** What a child keeps from its container: see the header comment for forwarded emails. */
function handedDown(parent: ReceivedFile, envelope: Envelope | undefined, walk: Walk): Handed {
  const fromParent: Handed = { sender: parent.sender, receivedAt: parent.receivedAt, subject: parent.subject, senderChain: parent.senderChain };
  if (!envelope) return fromParent;
  const parentCameByEmail = parent.sender !== undefined || parent.subject !== undefined;
  if (!parentCameByEmail) {
    // A saved email's own date beats the file's modification time.
    return { sender: envelope.sender, receivedAt: envelope.receivedAt ?? parent.receivedAt, subject: envelope.subject };
  }
  const outer = parent.senderChain ?? (parent.sender ? [parent.sender] : []);
  const senderChain = envelope.sender ? [...outer, envelope.sender] : outer;
  const creditSchool = envelope.sender !== undefined && walk.isSchoolAddress(envelope.sender)
    && !(parent.sender !== undefined && walk.isSchoolAddress(parent.sender));
  return {
    sender: creditSchool ? envelope.sender : parent.sender ?? envelope.sender,
    receivedAt: parent.receivedAt ?? envelope.receivedAt,
    subject: parent.subject ?? envelope.subject,
    senderChain: senderChain.length > 1 ? senderChain : undefined,
  };
}
