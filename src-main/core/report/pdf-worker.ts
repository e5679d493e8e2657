/** A worker thread that renders the report's PDF, while the main thread writes the other outputs. */
import { parentPort } from 'node:worker_threads';
import { renderReportPdf } from './pdf-renderer';
import type { PdfRequest, PdfReply } from './pdf-apart';

const port = parentPort;
if (!port) throw new Error('pdf-worker must run in a worker thread');
port.on('message', async ({ doc, settings }: PdfRequest) => {
  let reply: PdfReply;
  try {
    // A copy of its own, so that moving it moves exactly the PDF.
    reply = { pdf: new Uint8Array(await renderReportPdf(doc, settings)) };
  } catch (error) {
    reply = { error: (error as Error).message ?? String(error) };
  }
  port.postMessage(reply, 'pdf' in reply ? [reply.pdf.buffer as ArrayBuffer] : []);
});
