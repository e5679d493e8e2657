/**
 * pdfkit writes every operator of a page (each run of text, move, colour, line) into the page's
 * content as a Buffer of its own, and joins them when the page ends: making those tens of
 * thousands of small Buffers was about a tenth of the report's rendering. Here an object's
 * content keeps its operators as text and turns them into bytes at once, when bytes are
 * written after them or the object ends: the same bytes in the same order, and the same
 * lengths along the way (pdfkit writes text as Latin-1, one byte a character).
 */
import { pdfmakeDocumentPrototype, type FontLookup } from './pdfmake-document';

const TEXT = Symbol('text not yet bytes');

/** pdfkit's PDFReference (not exported by pdfkit), as far as its writing goes. */
interface PdfReference {
  data: { Length?: number; Filter?: string };
  compress: boolean;
  uncompressedLength: number;
  buffer: Uint8Array[];
  [TEXT]?: string[];
  write(chunk: unknown): void;
  finalize(): void;
}

interface Referencing extends FontLookup {
  /** Makes a new object of the document: `new PDFReference(this, …)`. */
  ref(this: { _offsets: unknown[]; _waiting: number; compress: boolean }, data: object): PdfReference;
}

const TEXT_KEPT = Symbol.for('tonghop.pdf-content-text');

function bytesOfText(ref: PdfReference): void {
  const text = ref[TEXT];
  if (!text?.length) return;
  ref.buffer.push(Buffer.from(text.join(''), 'latin1'));
  text.length = 0;
}

function keepText(proto: PdfReference & { [TEXT_KEPT]?: true }): void {
  const { write, finalize } = proto;
  proto.write = function (this: PdfReference, chunk) {
    if (chunk instanceof Uint8Array) {
      bytesOfText(this);
      write.call(this, chunk);
      return;
    }
    // As pdfkit has it: the operator and a line break, counted in bytes.
    const line = `${chunk as string}\n`;
    (this[TEXT] ??= []).push(line);
    this.uncompressedLength += line.length;
    this.data.Length = (this.data.Length ?? 0) + line.length;
    if (this.compress) this.data.Filter = 'FlateDecode';
  };
  proto.finalize = function (this: PdfReference) {
    bytesOfText(this);
    finalize.call(this);
  };
  proto[TEXT_KEPT] = true;
}

/**
 * Makes pdfkit's objects in this thread keep their text until it is needed as bytes; once is
 * enough, again does nothing. False when this pdfmake's documents make their objects otherwise
 * (they are then written as before).
 */
export function keepPdfContentAsText(): boolean {
  const proto = pdfmakeDocumentPrototype<Referencing>();
  if (typeof proto?.ref !== 'function') return false;
  // The class is reached through an object it makes for a stand-in document that records nothing.
  const sample = proto.ref.call({ _offsets: [], _waiting: 0, compress: false }, {});
  const referenceProto = Object.getPrototypeOf(sample) as PdfReference & { [TEXT_KEPT]?: true };
  if (typeof referenceProto.write !== 'function' || typeof referenceProto.finalize !== 'function' || !Array.isArray(sample.buffer)) return false;
  if (!referenceProto[TEXT_KEPT]) keepText(referenceProto);
  return true;
}
