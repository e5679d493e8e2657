/**
 * The report's tables put into the Word file the docx library packed: the library lays out
 * everything else (heading, sections, headers, images) with a one-cell marker table where each
 * table goes (a table, so that the library ends sections around it as around the real one),
 * and the tables' XML, written as strings (docx-grid-table.ts), replaces the markers in the
 * document part.
 */
import { randomUUID } from 'node:crypto';
import { Paragraph, Table, TableCell, TableRow } from 'docx';
import { readZipDirectory } from '../readers/zip-directory';
import { inflateEntry } from '../readers/zip-parts';
import { writeZip } from './zip-write';

const DOCUMENT_PART = 'word/document.xml';
/** The library writes a handful of parts; far fewer than this. */
const MAX_PARTS = 1000;

export class TableMarkers {
  private readonly tables: string[] = [];
  /** Per document, so that no text of the report can read as a marker. */
  private readonly nonce = randomUUID();

  /** The table standing where `tableXml` goes. */
  marker(tableXml: string): Table {
    this.tables.push(tableXml);
    const text = new Paragraph(this.textOf(this.tables.length - 1));
    return new Table({ rows: [new TableRow({ children: [new TableCell({ children: [text] })] })] });
  }

  /** The packed document with every marker replaced by its table. */
  async splice(packed: Buffer): Promise<Buffer> {
    if (!this.tables.length) return packed;
    const { entries } = await readZipDirectory(packed, MAX_PARTS);
    const parts = entries.map((entry) => ({ name: entry.name, data: inflateEntry(packed, entry) }));
    const document = parts.find((p) => p.name === DOCUMENT_PART);
    if (!document) throw new Error(`${DOCUMENT_PART} missing from the packed document`);
    document.data = this.withTables(document.data.toString('utf8'));
    return writeZip(parts);
  }

  private textOf(index: number): string {
    return `${this.nonce}:${index}`;
  }

  private withTables(xml: string): Buffer {
    const pieces: Buffer[] = [];
    let from = 0;
    this.tables.forEach((table, i) => {
      const text = xml.indexOf(`>${this.textOf(i)}<`, from);
      const start = xml.lastIndexOf('<w:tbl>', text);
      const end = xml.indexOf('</w:tbl>', text);
      if (text < 0 || start < from || end < 0) throw new Error(`table ${i} has no marker in ${DOCUMENT_PART}`);
      pieces.push(Buffer.from(xml.slice(from, start)), Buffer.from(table));
      from = end + '</w:tbl>'.length;
    });
    pieces.push(Buffer.from(xml.slice(from)));
    return Buffer.concat(pieces);
  }
}
