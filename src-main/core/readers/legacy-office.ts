/**
 * Old binary .doc/.xls turned into .docx/.xlsx by LibreOffice, when it is installed: no
 * JavaScript library reads them well enough. LibreOffice runs headless, without a shell, with
 * its own throw-away profile (so it neither collides with a LibreOffice the user has open nor
 * leaves settings behind), in a fresh temporary folder that is always removed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type LegacyKind = 'doc' | 'xls';
export type LegacyConversion = { bytes: Buffer; format: 'docx' | 'xlsx' } | { error: string };

const TIMEOUT_MS = 120_000;
const WINDOWS_PATHS = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];
const MAC_PATH = '/Applications/LibreOffice.app/Contents/MacOS/soffice';

export async function convertLegacyOffice(bytes: Buffer, fileName: string, kind: LegacyKind): Promise<LegacyConversion> {
  const format = kind === 'doc' ? 'docx' : 'xlsx';
  const soffice = findLibreOffice();
  if (!soffice) return { error: notInstalledMessage(fileName, kind) };
  const work = await mkdtemp(join(tmpdir(), 'tonghop-lo-'));
  try {
    // A plain ASCII name: LibreOffice names its output after the input, and some builds mangle non-ASCII paths.
    const input = join(work, `input.${kind}`);
    const outDir = join(work, 'out');
    await writeFile(input, bytes);
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck',
      '--convert-to', format, '--outdir', outDir, input,
    ]);
    const output = (await readdir(outDir).catch(() => [])).find((name) => name.toLowerCase().endsWith(`.${format}`));
    if (!output) return { error: failedMessage(fileName, kind, 'LibreOffice không tạo ra tệp kết quả') };
    return { bytes: await readFile(join(outDir, output)), format };
  } catch (error) {
    return { error: failedMessage(fileName, kind, (error as Error).message) };
  } finally {
    await rm(work, { recursive: true, force: true });
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

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: TIMEOUT_MS, windowsHide: true, shell: false }, (error, _stdout, stderr) => {
      if (!error) resolve();
      else if (error.killed) reject(new Error(`quá ${TIMEOUT_MS / 1000} giây chưa xong`));
      else reject(new Error(String(stderr).trim() || error.message));
    });
  });
}

function label(kind: LegacyKind): string {
  return kind === 'doc' ? 'Word đời cũ (.doc)' : 'Excel đời cũ (.xls)';
}

function modern(kind: LegacyKind): string {
  return kind === 'doc' ? '.docx' : '.xlsx';
}

function notInstalledMessage(fileName: string, kind: LegacyKind): string {
  return `Tệp ${fileName} là định dạng ${label(kind)}, chưa đọc được trên máy này: hãy đề nghị trường gửi lại tệp ${modern(kind)} `
    + `(mở bằng ${kind === 'doc' ? 'Word' : 'Excel'} rồi "Lưu thành" ${modern(kind)}), hoặc cài LibreOffice (miễn phí) để phần mềm tự chuyển đổi.`;
}

function failedMessage(fileName: string, kind: LegacyKind, why: string): string {
  return `Không chuyển được tệp ${fileName} (${label(kind)}) sang ${modern(kind)} bằng LibreOffice (${why}): tệp có thể bị hỏng hoặc có mật khẩu; hãy đề nghị trường gửi lại tệp ${modern(kind)}.`;
}
