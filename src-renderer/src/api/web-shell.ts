import type { PickPurpose, Result, ShellApi } from '../../../src-main/api/contract';
import { filePurposes } from '../../../src-main/api/file-purposes';
import { download, downloadUrl, reserveExport, uploadFiles } from './web-transfer';

/** A hidden file input, clicked: the browser's own open dialog. Empty when cancelled. */
function chooseFiles(opts: { purpose: PickPurpose; folders?: boolean; multiple?: boolean }): Promise<File[]> {
  return new Promise((done) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.multiple = opts.multiple ?? false;
    input.webkitdirectory = opts.folders ?? false;
    const extensions = filePurposes[opts.purpose].extensions;
    if (extensions.length > 0 && !opts.folders) input.accept = extensions.map((e) => `.${e}`).join(',');
    const finish = (files: File[]) => {
      input.remove();
      done(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}

/** Paths reserved for the core to write to (a backup), downloaded once the call that writes them succeeds. */
const pendingExports = new Map<string, number>();

type Call = (channel: string, request: unknown) => Promise<Result<unknown>>;

/** Wraps the calls so that a file written to a reserved path reaches the user as a download. */
export function downloadingExports(call: Call): Call {
  return async (channel, request) => {
    const result = await call(channel, request);
    const file = typeof request === 'object' && request !== null ? (request as { file?: unknown }).file : undefined;
    const slot = typeof file === 'string' ? pendingExports.get(file) : undefined;
    if (result.ok && slot !== undefined) {
      pendingExports.delete(file as string);
      download('export', slot);
    }
    return result;
  };
}

let printFrame: HTMLIFrameElement | null = null;

/** Prints a PDF the bridge serves through the browser's print dialog, from a frame out of sight. */
function printPdf(url: string): Promise<void> {
  printFrame?.remove();
  const frame = document.createElement('iframe');
  printFrame = frame;
  frame.title = 'In báo cáo';
  // Out of sight but laid out: a PDF in a frame that is not displayed never loads.
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0' });
  return new Promise((done) => {
    frame.addEventListener('load', () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      done();
    });
    frame.src = url;
    document.body.append(frame);
  });
}

/** The shell in the browser preview: files go up to the bridge, outputs come down as downloads. */
export const webShell: ShellApi = {
  async pickFiles(opts) {
    const files = await chooseFiles(opts);
    return files.length === 0 ? [] : uploadFiles(files, opts.onProgress, opts.onRefused);
  },
  stageDropped: uploadFiles,
  async pickSavePath(opts) {
    const slot = await reserveExport(opts.suggestedName);
    pendingExports.set(slot.path, slot.id);
    return slot.path;
  },
  async saveOutput(outputId, suggestedName) {
    download('output', outputId, suggestedName);
    return true;
  },
  async openOriginal(fileId) {
    download('original', fileId);
  },
  printOutput: (outputId) => printPdf(downloadUrl('output', outputId, true)),
};
