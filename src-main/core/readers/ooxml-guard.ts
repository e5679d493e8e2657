/**
 * Checks a would-be .xlsx/.docx before a library unpacks it: exceljs and friends inflate
 * everything in memory, so a zip bomb, a password-protected file or a renamed file must be
 * refused here, from the zip's central directory, with a message the specialist can act on.
 */
import { ReadError } from './read-error';
import { isCfb } from './cfb-directory';
import { kindLabel, sniffKind } from './sniff';
import { looksLikeZip, readZipDirectory, type ZipDirectory } from './zip-directory';

export interface ContainerLimits {
  /** Size of the file itself. */
  maxBytes: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxUncompressed: number;
  /** Uncompressed / compressed size of any large entry. */
  maxRatio: number;
  maxEntries: number;
}

const MB = 1024 * 1024;

export const defaultContainerLimits: ContainerLimits = {
  maxBytes: 100 * MB,
  maxUncompressed: 500 * MB,
  maxRatio: 200,
  maxEntries: 20_000,
};

/** Small entries of repetitive XML legitimately compress very well; only big ones can be bombs. */
const RATIO_CHECK_MIN_BYTES = MB;

export async function checkOoxmlContainer(
  bytes: Buffer,
  fileName: string,
  limits?: Partial<ContainerLimits>,
): Promise<void> {
  const limit = { ...defaultContainerLimits, ...limits };
  if (bytes.length === 0) {
    throw new ReadError('empty-file', `Tệp ${fileName} rỗng (0 byte): hãy đề nghị trường gửi lại tệp.`);
  }
  if (bytes.length > limit.maxBytes) {
    throw new ReadError(
      'too-large',
      `Tệp ${fileName} quá lớn (${megabytes(bytes.length)} MB, giới hạn ${megabytes(limit.maxBytes)} MB): không đọc.`,
    );
  }
  if (isCfb(bytes)) throw await compoundFileError(bytes, fileName);
  if (!looksLikeZip(bytes)) {
    const kind = await sniffKind(bytes, fileName);
    throw new ReadError(
      'corrupt-file',
      `Không đọc được tệp ${fileName}: tệp không phải tệp Office (.xlsx/.docx) mà là ${kindLabel(kind)}. Hãy mở tệp bằng Excel/Word, lưu lại đúng định dạng rồi gửi lại.`,
    );
  }
  let directory: ZipDirectory;
  try {
    directory = await readZipDirectory(bytes, limit.maxEntries);
  } catch (error) {
    throw new ReadError(
      'corrupt-file',
      `Không đọc được tệp ${fileName}: tệp bị hỏng hoặc tải về chưa hết (${(error as Error).message}). Hãy đề nghị trường gửi lại.`,
    );
  }
  checkDirectory(directory, fileName, limit);
}

async function compoundFileError(bytes: Buffer, fileName: string): Promise<ReadError> {
  const kind = await sniffKind(bytes, fileName);
  if (kind === 'cfb-encrypted') return passwordError(fileName);
  const what = kind === 'unknown' ? 'tệp Office đời cũ' : kindLabel(kind);
  return new ReadError(
    'legacy-format',
    `Tệp ${fileName} là ${what}, không phải .xlsx/.docx: hãy mở bằng Excel/Word và lưu lại thành .xlsx/.docx, hoặc đề nghị trường gửi lại.`,
  );
}

function passwordError(fileName: string): ReadError {
  return new ReadError(
    'encrypted-file',
    `Không đọc được tệp ${fileName}: tệp có mật khẩu, hãy đề nghị trường gửi lại bản không đặt mật khẩu.`,
  );
}

function checkDirectory(directory: ZipDirectory, fileName: string, limit: ContainerLimits): void {
  const bomb = (why: string): ReadError =>
    new ReadError('zip-bomb', `Không đọc tệp ${fileName}: ${why}; tệp có thể đã bị làm hỏng hoặc cố ý gây hại.`);
  if (directory.declaredEntries > limit.maxEntries) {
    throw bomb(`tệp chứa ${directory.declaredEntries} thành phần, vượt giới hạn ${limit.maxEntries}`);
  }
  let total = 0;
  for (const entry of directory.entries) {
    if (entry.encrypted) throw passwordError(fileName);
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_CHECK_MIN_BYTES && ratio > limit.maxRatio) {
      throw bomb(`thành phần ${entry.name} giải nén ra gấp ${Math.round(ratio)} lần (giới hạn ${limit.maxRatio} lần)`);
    }
  }
  if (total > limit.maxUncompressed) {
    throw bomb(`nội dung giải nén ra ${megabytes(total)} MB, vượt giới hạn ${megabytes(limit.maxUncompressed)} MB`);
  }
}

function megabytes(n: number): string {
  return (n / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}
