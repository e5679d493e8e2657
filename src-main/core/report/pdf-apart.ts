/**
 * The report's PDF rendered on a worker thread: pdfmake lays out and subsets the fonts on
 * one core while the workbook and the Word file are written on the other. The worker is
 * started ahead (`startPdfRenderer`) and gets ready at once (pdf-warm-up.ts: pdfmake loaded,
 * the fonts parsed, a small report rendered), so that this overlaps the work before the
 * request; a request that comes sooner waits for it, and reuses what it parsed.
 */
import type { Worker } from 'node:worker_threads';
import { spawnWorker, workerUrl } from '../worker-spawn';
import type { OfficeSettings } from '../model/settings';
import type { ReportDocument } from './document';

export interface PdfRequest {
  doc: ReportDocument;
  settings: OfficeSettings;
}

export type PdfReply = { pdf: Uint8Array } | { error: string };

export interface PdfRenderer {
  /** Renders once; the worker ends with it. */
  render(doc: ReportDocument, settings: OfficeSettings): Promise<Buffer>;
  /** Ends the worker when no PDF is needed after all. */
  close(): Promise<void>;
}

export function startPdfRenderer(): PdfRenderer {
  const worker: Worker = spawnWorker(workerUrl('pdf-worker', import.meta.url));
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    render: (doc, settings) =>
      new Promise<Buffer>((resolve, reject) => {
        const fail = (why: string) => reject(new Error(`Không tạo được báo cáo PDF: ${why}`));
        worker.once('message', (reply: PdfReply) => {
          void worker.terminate();
          if ('pdf' in reply) resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
          else reject(new Error(reply.error));
        });
        worker.once('error', (e) => fail(e.message));
        worker.once('exit', (code) => fail(`luồng dừng với mã ${code}`));
        const request: PdfRequest = { doc, settings };
        worker.postMessage(request);
      }),
    close: async () => {
      await worker.terminate();
      await ended;
    },
  };
}
