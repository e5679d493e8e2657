/**
 * Old binary .doc/.xls, and OpenDocument .odt/.ods (LibreOffice's own formats, which some
 * schools use), turned into .docx/.xlsx by LibreOffice, when it is installed: no
 * JavaScript library reads them well enough. LibreOffice runs headless, without a shell, with
 * its own throw-away profile (so it neither collides with a LibreOffice the user has open nor
 * leaves settings behind), in a fresh temporary folder that is always removed. All the old
 * files of a run are converted by one LibreOffice in batches (libreoffice-batch.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isCfb } from './cfb-directory';
import { convertInBatches, defaultConversionLimits, type ConversionLimits, type ItemResult, type TargetFormat } from './libreoffice-batch';
import { sniffKind } from './sniff';
import { declaredMimetype } from './zip-formats';

export type LegacyKind = 'doc' | 'xls' | 'odt' | 'ods';
export type LegacyConversion = { bytes: Buffer; format: TargetFormat } | { error: string };

export interface LegacyFile {
  bytes: Buffer;
  fileName: string;
  kind: LegacyKind;
}

const TARGET: Record<LegacyKind, TargetFormat> = { doc: 'docx', xls: 'xlsx', odt: 'docx', ods: 'xlsx' };
const WINDOWS_PATHS = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];
const MAC_PATH = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

/** One file converted on its own (a batch of one). */
export async function convertLegacyOffice(bytes: Buffer, fileName: string, kind: LegacyKind): Promise<LegacyConversion> {
  return convertLegacyFiles([{ bytes, fileName, kind }])[0];
}

/** The kind of old file LibreOffice must convert before it can be read, or null. */
export async function legacyKindOf(bytes: Buffer, fileName: string): Promise<LegacyKind | null> {
  // The zip test reads one header: every .xlsx of the batch passes through here.
  if (!isCfb(bytes) && !declaredMimetype(bytes)?.startsWith('application/vnd.oasis.opendocument.')) return null;
  const kind = await sniffKind(bytes, fileName);
  return kind === 'doc' || kind === 'xls' || kind === 'odt' || kind === 'ods' ? kind : null;
}

/**
 * Every file converted by one LibreOffice for the whole call, each result as soon as it is
 * ready (so reading can start on the first while the others are converted).
 */
export function convertLegacyFiles(files: LegacyFile[], limits: ConversionLimits = defaultConversionLimits): Promise<LegacyConversion>[] {
  if (files.length === 0) return [];
  const soffice = findLibreOffice();
  if (!soffice) return files.map((f) => Promise.resolve({ error: notInstalledMessage(f.fileName, f.kind) }));
  const started = startConversions(soffice, files, limits);
  // The last result to come waits until the working folder is gone: nothing is left behind,
  // even by a caller that ends its process as soon as it has every result.
  let left = files.length;
  const removeWork = async (): Promise<void> => {
    const work = await started.then((s) => s.work, () => null);
    if (work) await rm(work, { recursive: true, force: true });
  };
  const outcomes = files.map(async (file, i): Promise<LegacyConversion> => {
    const outcome = await convertOne(file, i);
    if (--left === 0) await removeWork();
    return outcome;
  });
  async function convertOne(file: LegacyFile, i: number): Promise<LegacyConversion> {
    try {
      const result = await (await started).results[i];
      if ('output' in result) return { bytes: await readFile(result.output), format: TARGET[file.kind] };
      return { error: failedMessage(file.fileName, file.kind, failureReason(result, limits)) };
    } catch (error) {
      return { error: failedMessage(file.fileName, file.kind, (error as Error).message) };
    }
  }
  return outcomes;
}

async function startConversions(soffice: string, files: LegacyFile[], limits: ConversionLimits) {
  const work = await mkdtemp(join(tmpdir(), 'tonghop-lo-'));
  const inDir = join(work, 'in');
  await mkdir(inDir);
  // Plain ASCII names: LibreOffice names its output after the input, and some builds mangle non-ASCII paths.
  const items = await Promise.all(
    files.map(async (file, i) => {
      const input = join(inDir, `f${i}.${file.kind}`);
      await writeFile(input, file.bytes);
      return { input, format: TARGET[file.kind] };
    }),
  );
  return { work, results: convertInBatches(soffice, work, items, limits) };
}

function failureReason(result: Exclude<ItemResult, { output: string }>, limits: ConversionLimits): string {
  switch (result.failure) {
    case 'timed-out':
      return `quá ${(limits.perFileMs / 1000).toLocaleString('vi-VN')} giây chưa chuyển xong`;
    case 'not-responding':
      return 'LibreOffice không phản hồi';
    default:
      return 'LibreOffice không tạo ra tệp kết quả';
  }
}

/** The LibreOffice program, or null when it is not installed. */
export function findLibreOffice(): string | null {
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  const known = process.platform === 'win32' ? WINDOWS_PATHS : process.platform === 'darwin' ? [MAC_PATH] : [];
  return known.find((path) => existsSync(path)) ?? null;
}

const LABELS = new Map<LegacyKind, { label: string; app: string }>([
  ['doc', { label: 'Word đời cũ (.doc)', app: 'Word' }],
  ['xls', { label: 'Excel đời cũ (.xls)', app: 'Excel' }],
  ['odt', { label: 'văn bản OpenDocument (.odt)', app: 'LibreOffice Writer hoặc Word' }],
  ['ods', { label: 'bảng tính OpenDocument (.ods)', app: 'LibreOffice Calc hoặc Excel' }],
]);

function label(kind: LegacyKind): string {
  return LABELS.get(kind)!.label;
}

function modern(kind: LegacyKind): string {
  return `.${TARGET[kind]}`;
}

function notInstalledMessage(fileName: string, kind: LegacyKind): string {
  return `Tệp ${fileName} là định dạng ${label(kind)}, chưa đọc được trên máy này: hãy đề nghị trường gửi lại tệp ${modern(kind)} `
    + `(mở bằng ${LABELS.get(kind)!.app} rồi "Lưu thành" ${modern(kind)}), hoặc cài LibreOffice (miễn phí) để phần mềm tự chuyển đổi.`;
}

function failedMessage(fileName: string, kind: LegacyKind, why: string): string {
  return `Không chuyển được tệp ${fileName} (${label(kind)}) sang ${modern(kind)} bằng LibreOffice (${why}): tệp có thể bị hỏng hoặc có mật khẩu; hãy đề nghị trường gửi lại tệp ${modern(kind)}.`;
}
