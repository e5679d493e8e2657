/** Reading rendered reports back, and small binary inputs built in code. */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
  text: string;
}

export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((i) => ('str' in i && i.str.trim() ? [{ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width }] : []));
    pages.push({ width, height, items, text: items.map((i) => i.str).join(' ').replace(/\s+/g, ' ') });
  }
  await doc.destroy();
  return pages;
}

export interface DocxParts {
  xml: string;
  /** Text of every w:t, paragraphs separated by new lines. */
  text: string;
  files: string[];
  headers: string[];
}

export async function readDocx(docx: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
  const files = Object.keys(zip.files);
  const headers = await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { xml, text, files, headers };
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A transparent RGBA PNG with a filled disc of `rgb`, like a scanned seal or a signature. */
export function discPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) {
      const inside = ((x - width / 2) / (width / 2)) ** 2 + ((y - height / 2) / (height / 2)) ** 2 <= 1;
      row.set(inside ? [...rgb, 200] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A TrueType file holding only a cmap that maps printable ASCII: a font without Vietnamese. */
export function asciiOnlyFont(): Buffer {
  const segments = [
    { start: 0x20, end: 0x7e, delta: -0x1f },
    { start: 0xffff, end: 0xffff, delta: 1 },
  ];
  const segCount = segments.length;
  const sub = Buffer.alloc(16 + 8 * segCount);
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(sub.length, 2);
  sub.writeUInt16BE(segCount * 2, 6);
  segments.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + 2 * i);
    sub.writeUInt16BE(s.start, 16 + 2 * segCount + 2 * i);
    sub.writeInt16BE(s.delta, 16 + 4 * segCount + 2 * i);
  });
  const cmap = Buffer.alloc(12);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(1, 6);
  cmap.writeUInt32BE(12, 8);
  const table = Buffer.concat([cmap, sub]);
  const head = Buffer.alloc(12 + 16);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt16BE(1, 4);
  head.write('cmap', 12, 'latin1');
  head.writeUInt32BE(28, 20);
  head.writeUInt32BE(table.length, 24);
  return Buffer.concat([head, table]);
}

/** Office settings with a signature and a seal image written to a temporary folder. */
export function withSignatureAndSeal<T extends object>(settings: T): T & { signatureImage: string; sealImage: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sig-'));
  const signatureImage = join(dir, 'chu-ky.png');
  const sealImage = join(dir, 'con-dau.png');
  writeFileSync(signatureImage, discPng(300, 120, [20, 20, 120]));
  writeFileSync(sealImage, discPng(200, 200, [220, 0, 0]));
  return { ...settings, signatureImage, sealImage };
}

