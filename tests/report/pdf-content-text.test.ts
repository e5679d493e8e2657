import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfmakeDocumentPrototype } from '../../src-main/core/report/pdfmake-document';
import { draftReport } from '../../src-main/core/report/report-model';
import { largeDistrict, settings } from './fixture';
import { readPdf } from './helpers';

const shipped = { fontsDir: resolve(__dirname, '../../resources/fonts'), systemFontDirs: [] };

interface Reference {
  buffer: Uint8Array[];
  data: { Length?: number; Filter?: string };
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
}
type Writing = Pick<Reference, 'write' | 'finalize'>;

/** pdfkit's object class, reached before the renderer loads: its writing as pdfkit has it. */
const referenceProto = (() => {
  const proto = pdfmakeDocumentPrototype<{ provideFont(): unknown; ref(this: object, data: object): Reference }>()!;
  return Object.getPrototypeOf(proto.ref.call({ _offsets: [], _waiting: 0, compress: false }, {})) as Writing;
})();
const pdfkitWriting: Writing = { write: referenceProto.write, finalize: referenceProto.finalize };

/** The renderer, with the text kept (its module makes it so when it loads). */
const renderer = import('../../src-main/core/report/pdf-renderer');

async function renderWith(writing: Writing): Promise<Buffer> {
  const { renderReportPdf } = await renderer;
  const kept: Writing = { write: referenceProto.write, finalize: referenceProto.finalize };
  Object.assign(referenceProto, writing);
  try {
    const doc = draftReport(largeDistrict(120), settings);
    return await renderReportPdf(doc, settings, shipped);
  } finally {
    Object.assign(referenceProto, kept);
  }
}

/** The PDF without what differs from one second to the next: its creation date (in its info and its metadata) and the ID made of it. */
const timeless = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/<xmp:CreateDate>[^<]*</, '<xmp:CreateDate><')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');

describe('page content kept as text until it is needed as bytes', () => {
  it('writes a report of many pages byte for byte as pdfkit writes it, its text whole', async () => {
    const { keepPdfContentAsText } = await import('../../src-main/core/report/pdf-content-text');
    await renderer;
    expect(keepPdfContentAsText()).toBe(true);
    const keptWriting: Writing = { write: referenceProto.write, finalize: referenceProto.finalize };
    expect(keptWriting.write).not.toBe(pdfkitWriting.write);

    const asPdfkit = await renderWith(pdfkitWriting);
    const asText = await renderWith(keptWriting);
    expect(asText.length).toBe(asPdfkit.length);
    expect(timeless(asText)).toBe(timeless(asPdfkit));
    const pages = await readPdf(asText);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.flatMap((p) => p.items.map((i) => i.str)).join(' ')).toContain('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO');
  });

  it('keeps operators and bytes in the order written, and writes them as pdfkit does, deflated or not', async () => {
    await renderer;
    const keptWriting: Writing = { write: referenceProto.write, finalize: referenceProto.finalize };
    const written = (writing: Writing, compress: boolean) => {
      const out: Buffer[] = [];
      const document = { compress, _offset: 0, _write: (d: unknown) => out.push(Buffer.isBuffer(d) ? d : Buffer.from(`${d as string}\n`, 'latin1')), _refEnd: () => {} };
      const ref = Object.assign(Object.create(referenceProto) as Reference, { document, id: 7, gen: 0, data: {}, compress, uncompressedLength: 0, buffer: [] });
      Object.assign(ref, writing);
      ref.write('BT /F1 12 Tf');
      ref.write(Buffer.from([0xff, 0x00, 0x41]));
      ref.write('(Tr\u00e2\u00f9ng) Tj');
      ref.write(42);
      const counted = { length: ref.data.Length, uncompressed: ref.uncompressedLength, filter: ref.data.Filter };
      ref.finalize();
      return { counted, bytes: Buffer.concat(out) };
    };
    for (const compress of [false, true]) {
      const kept = written(keptWriting, compress);
      const pdfkit = written(pdfkitWriting, compress);
      expect(kept.counted).toEqual(pdfkit.counted);
      expect(kept.bytes.equals(pdfkit.bytes)).toBe(true);
    }
    expect(written(keptWriting, false).bytes.toString('latin1')).toContain('stream\nBT /F1 12 Tf\n\u00ff\u0000A(Tr\u00e2\u00f9ng) Tj\n42\n\nendstream');
  });
});
