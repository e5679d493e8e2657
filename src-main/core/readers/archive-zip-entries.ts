/**
 * The files directly inside a .zip, in memory. Nothing here is ever written to disk, so an
 * entry named "../../etc/passwd" or "C:\Windows\…" is harmless; the name is still cut down
 * to its last part because it becomes the file's display name.
 * Sizes are checked from the central directory before anything is inflated, and yauzl's
 * validateEntrySizes stops an entry that inflates to more than it declared.
 */
import yauzl from 'yauzl';
import type { InputProblem, ReceivedFile } from '../model/received';
import { childOrigin, type ContainerContents } from './expand-container';
import { decodeNameBytes, isSystemFileName, safeBaseName } from './expand-file-names';
import { type ExpandBudget, type ExpandLimits, megabytes, RATIO_CHECK_MIN_BYTES } from './expand-limits';

const UTF8_FLAG = 0x800;
/** Info-ZIP Unicode Path extra field: a UTF-8 copy of the name, written by 7-Zip and WinRAR. */
const UNICODE_PATH_FIELD = 0x7075;

const PASSWORD_REASON = 'tệp nén có mật khẩu: hãy đề nghị trường gửi lại tệp nén không đặt mật khẩu';

export async function readZipEntries(bytes: Buffer, origin: string, budget: ExpandBudget): Promise<ContainerContents> {
  const files: ReceivedFile[] = [];
  const problems: InputProblem[] = [];
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    problems.push({ origin, reason: corruptReason(error) });
    return { files, problems };
  }
  if (zip.entryCount > budget.limits.maxFiles) {
    zip.close();
    problems.push({ origin, reason: `tệp nén chứa ${zip.entryCount} thành phần, vượt giới hạn ${budget.limits.maxFiles}: không giải nén` });
    return { files, problems };
  }
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const path = entryPath(entry);
      if (path === null) continue;
      const where = childOrigin(origin, path);
      const refusal = entryRefusal(entry, budget.limits);
      if (refusal) {
        problems.push({ origin: where, reason: refusal });
        continue;
      }
      const overBudget = budget.take(entry.uncompressedSize);
      if (overBudget) {
        problems.push({ origin: where, reason: `không giải nén thành phần này và các thành phần sau: ${overBudget}` });
        break;
      }
      try {
        files.push({ name: safeBaseName(path), origin: where, bytes: await entryBytes(zip, entry) });
      } catch (error) {
        problems.push({ origin: where, reason: `thành phần này trong tệp nén bị hỏng, không giải nén được (${(error as Error).message})` });
      }
    }
  } catch (error) {
    problems.push({ origin, reason: corruptReason(error) });
  } finally {
    zip.close();
  }
  return { files, problems };
}

/** The next entry, or null at the end; rejects when the central directory is damaged. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: yauzl.Entry): void => { cleanup(); resolve(entry); };
    const onEnd = (): void => { cleanup(); resolve(null); };
    const onError = (error: Error): void => { cleanup(); reject(error); };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The entry's path inside the archive with "..", drive letters and empty parts dropped; null for folders and junk. */
function entryPath(entry: yauzl.Entry): string | null {
  const raw = entryName(entry);
  if (/[\\/]$/.test(raw)) return null;
  const parts = raw
    .split(/[\\/]+/)
    .map((part) => safeBaseName(part))
    .filter((part) => part !== '');
  const base = parts[parts.length - 1];
  if (!base) return null;
  if (parts.some(isSystemFileName)) return null;
  return parts.join('/');
}

function entryName(entry: yauzl.Entry): string {
  if (entry.generalPurposeBitFlag & UTF8_FLAG) return entry.fileNameRaw.toString('utf8').normalize('NFC');
  const unicodePath = entry.extraFields.find((field) => field.id === UNICODE_PATH_FIELD);
  // version (1), CRC-32 of the raw name (4), then the UTF-8 name.
  if (unicodePath && unicodePath.data.length > 5 && unicodePath.data[0] === 1) {
    return unicodePath.data.subarray(5).toString('utf8').normalize('NFC');
  }
  return decodeNameBytes(entry.fileNameRaw);
}

function entryRefusal(entry: yauzl.Entry, limits: ExpandLimits): string | null {
  if (entry.isEncrypted()) return PASSWORD_REASON;
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return 'thành phần này được nén theo kiểu chưa hỗ trợ: hãy giải nén bằng phần mềm khác rồi thêm các tệp bên trong, hoặc đề nghị trường nén lại thành .zip thông thường';
  }
  if (entry.uncompressedSize > limits.maxFileBytes) {
    return `tệp quá lớn (${megabytes(entry.uncompressedSize)} MB khi giải nén, giới hạn ${megabytes(limits.maxFileBytes)} MB): không giải nén`;
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limits.maxRatio) {
    return `giải nén ra gấp ${Math.round(ratio)} lần (giới hạn ${limits.maxRatio} lần): tệp nén có thể bị làm hỏng hoặc cố ý gây hại (zip bomb), không giải nén`;
  }
  return null;
}

async function entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function corruptReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/encrypt/i.test(message)) return PASSWORD_REASON;
  return `tệp nén bị hỏng hoặc tải về chưa hết, không mở được (${message}): hãy đề nghị trường gửi lại`;
}
