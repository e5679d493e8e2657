/** A worker thread that renders the report's PDF, while the main thread writes the other outputs. */
import { parentPort } from 'node:worker_threads';
import { renderReportPdf } from './pdf-renderer';
import { prepareReportPdf } from './pdf-warm-up';
import type { PdfRequest, PdfReply } from './pdf-apart';

const port = parentPort;
if (!port) throw new Error('pdf-worker must run in a worker thread');
// Started before the report is drafted: getting ready overlaps the work before the request.
// A failure here (no fonts) is told by the render itself, with its message.
const ready = prepareReportPdf().catch(() => {});
port.on('message', async ({ doc, settings }: PdfRequest) => {
  let reply: PdfReply;
  try {
    await ready;
    // A copy of its own, so that moving it moves exactly the PDF.
    reply = { pdf: new Uint8Array(await renderReportPdf(doc, settings)) };
  } catch (error) {
    reply = { error: (error as Error).message ?? String(error) };
  }
  port.postMessage(reply, 'pdf' in reply ? [reply.pdf.buffer as ArrayBuffer] : []);
});
