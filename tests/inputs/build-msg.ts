/**
 * A minimal Outlook .msg built in memory for tests: no installed package writes .msg, but
 * msgreader ships the compound-file writer it uses for embedded messages. Only the
 * properties the reader looks at are written (subject, sender, delivery time, attachments).
 */
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';

export interface TestMsg {
  subject: string;
  senderSmtp?: string;
  /** Transport headers, as Outlook keeps them for received mail. */
  headers?: string;
  deliveredAt?: Date;
  attachments?: ({ fileName: string; content: Buffer } | { message: TestMsg })[];
}

const DIRECTORY = 1;
const DOCUMENT = 2;
const ROOT = 5;
const PT_SYSTIME = 0x0040;
const PT_LONG = 0x0003;
const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED_MSG = 5;

export function buildMsg(message: TestMsg): Buffer {
  const entries: Entry[] = [{ name: 'Root Entry', type: ROOT, children: [], length: 0 }];
  addMessage(entries, 0, message, 32);
  return Buffer.from(burn(entries));
}

function addMessage(entries: Entry[], parent: number, message: TestMsg, headerSize: number): void {
  const attachments = message.attachments ?? [];
  const fixed: Buffer[] = [];
  if (message.deliveredAt) fixed.push(property(0x0e06, PT_SYSTIME, fileTime(message.deliveredAt)));
  const header = Buffer.alloc(headerSize);
  if (headerSize === 32) {
    header.writeUInt32LE(attachments.length, 12);
    header.writeUInt32LE(attachments.length, 20);
  }
  addStream(entries, parent, '__properties_version1.0', Buffer.concat([header, ...fixed]));
  addString(entries, parent, '0037', message.subject);
  addString(entries, parent, '001A', 'IPM.Note');
  if (message.senderSmtp) {
    addString(entries, parent, '5D01', message.senderSmtp);
  }
  if (message.headers) addString(entries, parent, '007D', message.headers);
  attachments.forEach((attachment, index) => {
    const folder = addFolder(entries, parent, `__attach_version1.0_#${index.toString(16).toUpperCase().padStart(8, '0')}`);
    const method = 'message' in attachment ? ATTACH_EMBEDDED_MSG : ATTACH_BY_VALUE;
    const value = Buffer.alloc(8);
    value.writeUInt32LE(method, 0);
    addStream(entries, folder, '__properties_version1.0', Buffer.concat([Buffer.alloc(8), property(0x3705, PT_LONG, value)]));
    if ('message' in attachment) {
      addString(entries, folder, '3001', attachment.message.subject);
      const inner = addFolder(entries, folder, '__substg1.0_3701000D');
      addMessage(entries, inner, attachment.message, 24);
    } else {
      addString(entries, folder, '3707', attachment.fileName);
      addStream(entries, folder, '__substg1.0_37010102', attachment.content);
    }
  });
}

function property(id: number, type: number, value: Buffer): Buffer {
  const entry = Buffer.alloc(16);
  entry.writeUInt32LE(((id << 16) | type) >>> 0, 0);
  entry.writeUInt32LE(0x06, 4);
  value.copy(entry, 8);
  return entry;
}

function fileTime(date: Date): Buffer {
  const ticks = (BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n;
  const value = Buffer.alloc(8);
  value.writeBigUInt64LE(ticks);
  return value;
}

function addString(entries: Entry[], parent: number, id: string, text: string): void {
  addStream(entries, parent, `__substg1.0_${id}001F`, Buffer.from(text, 'utf16le'));
}

function addStream(entries: Entry[], parent: number, name: string, data: Buffer): void {
  entries[parent].children!.push(entries.length);
  // The writer reads the whole underlying ArrayBuffer, so small pooled Buffers must be copied out.
  const copy = Uint8Array.from(data);
  entries.push({ name, type: DOCUMENT, length: copy.length, binaryProvider: () => copy });
}

function addFolder(entries: Entry[], parent: number, name: string): number {
  entries[parent].children!.push(entries.length);
  entries.push({ name, type: DIRECTORY, children: [], length: 0 });
  return entries.length - 1;
}
