import { app, BrowserWindow, dialog, ipcMain, shell, type FileFilter, type IpcMainInvokeEvent } from 'electron';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { Result } from '../api/contract';
import { filePurposes, savePurposes } from '../api/file-purposes';
import { dispatch, type HandlerContext } from '../handlers';
import { storedFiles } from '../handlers/stored-files';
import { diskFileName } from '../core/text/disk-file-name';
import { mayOpenDirectly } from './openable-file';
import { isOwnPage, type PageSource } from './own-page';
import { printPdf } from './print-pdf';
import { parseShellRequest, type ShellChannel, type ShellRequest } from './shell-requests';

type ShellHandler<C extends ShellChannel> = (request: ShellRequest<C>, win: BrowserWindow | null) => Promise<unknown>;

const notOurs: Result<never> = { ok: false, error: { code: 'invalid-input', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };

/** Only the top frame of our own page may call main: a frame inside it (the PDF preview) or any other page may not. */
function fromOwnPage(event: IpcMainInvokeEvent, page: PageSource): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && isOwnPage(frame.url, page);
}

/** A copy in a fresh temporary folder under its real (made safe) name, read-only: what the user opens is never the stored original. */
function temporaryCopy(fileName: string, bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tonghop-')), diskFileName(fileName) || 'tep');
  writeFileSync(file, bytes);
  chmodSync(file, 0o444);
  return file;
}

function filtersFor(extensions: string[], typeName: string): FileFilter[] {
  return extensions.length > 0 ? [{ name: typeName, extensions }, { name: 'Mọi tệp', extensions: ['*'] }] : [];
}

async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/**
 * The IPC of the desktop window: the contract's channels (validated by `dispatch`) and the
 * shell's own operations (validated here). Every answer is a Result, never a thrown error.
 */
export function registerIpc(ctx: HandlerContext, page: PageSource): void {
  const files = storedFiles(ctx);
  const documents = () => app.getPath('documents');

  ipcMain.handle('api', (event, channel: unknown, payload: unknown) =>
    fromOwnPage(event, page) ? dispatch(String(channel), payload, ctx) : notOurs,
  );

  const handlers: { [C in ShellChannel]: ShellHandler<C> } = {
    'shell:pick-files': async (req, win) => {
      const purpose = filePurposes[req.purpose];
      const options = {
        title: purpose.title,
        properties: [req.folders ? 'openDirectory' : 'openFile', ...(req.multiple ? ['multiSelections' as const] : [])] as Array<'openFile' | 'openDirectory' | 'multiSelections'>,
        filters: req.folders ? [] : filtersFor(purpose.extensions, purpose.typeName),
      };
      const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? [] : chosen.filePaths;
    },
    'shell:pick-save-path': async (req, win) => {
      const purpose = savePurposes[req.purpose];
      if (purpose.folder) {
        const options = { title: purpose.title, defaultPath: documents(), properties: ['openDirectory' as const, 'createDirectory' as const] };
        const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      }
      const options = { title: purpose.title, defaultPath: join(documents(), diskFileName(req.suggestedName)), filters: filtersFor(purpose.extensions, purpose.typeName) };
      const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    'shell:save-output': async (req, win) => {
      const output = await unwrap(files.output(req.outputId));
      const name = diskFileName(req.suggestedName) || output.fileName;
      const ext = extname(name).slice(1);
      const options = { title: 'Lưu thành…', defaultPath: join(documents(), name), filters: filtersFor(ext ? [ext] : [], ext.toUpperCase()) };
      const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return false;
      try {
        writeFileSync(chosen.filePath, output.bytes);
      } catch (e) {
        throw new Error(`Không ghi được "${chosen.filePath}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): hãy chọn thư mục khác hoặc đóng tệp đang mở trong Word/Excel.`);
      }
      return true;
    },
    'shell:open-original': async (req) => {
      const original = await unwrap(files.original(req.fileId));
      const copy = temporaryCopy(original.fileName, original.bytes);
      if (!mayOpenDirectly(copy)) return shell.showItemInFolder(copy);
      const problem = await shell.openPath(copy);
      if (problem) throw new Error(`Không mở được "${original.fileName}": ${problem}`);
    },
    'shell:print-output': async (req, win) => {
      const output = await unwrap(files.output(req.outputId));
      if (output.mime !== 'application/pdf') throw new Error(`"${output.fileName}" không phải báo cáo PDF: chỉ in được bản PDF.`);
      await printPdf(temporaryCopy(output.fileName, output.bytes), win);
    },
  };

  for (const channel of Object.keys(handlers) as ShellChannel[]) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!fromOwnPage(event, page)) return notOurs;
      const request = parseShellRequest(channel, payload);
      if (!request.ok) return request;
      try {
        const handler = handlers[channel] as ShellHandler<typeof channel>;
        return { ok: true, value: await handler(request.value as never, BrowserWindow.fromWebContents(event.sender)) };
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: (e as Error).message } };
      }
    });
  }
}
