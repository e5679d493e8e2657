/**
 * The report's tables put into the Word file the docx library packed: the library lays out
 * everything else (heading, sections, headers, images) with a one-cell marker table where each
 * table goes (a table, so that the library ends sections around it as around the real one),
 * and the tables' XML, written row by row (docx-grid-table.ts), replaces the markers as the
 * document part is deflated into the package.
 */
import { randomUUID } from 'node:crypto';
import { Paragraph, Table, TableCell, TableRow } from 'docx';
import { readZipDirectory } from '../readers/zip-directory';
import { inflateEntry } from '../readers/zip-parts';
import { writeZip, type ZipPart } from './zip-write';

const DOCUMENT_PART = 'word/document.xml';
/** The library writes a handful of parts; far fewer than this. */
const MAX_PARTS = 1000;

export class TableMarkers {
  private readonly tables: Array<() => Iterable<string>> = [];
  /** Per document, so that no text of the report can read as a marker. */
  private readonly nonce = randomUUID();

  /** The table standing where the table `tableXml` writes goes (written only when the package is). */
  marker(tableXml: () => Iterable<string>): Table {
    this.tables.push(tableXml);
    const text = new Paragraph(this.textOf(this.tables.length - 1));
    return new Table({ rows: [new TableRow({ children: [new TableCell({ children: [text] })] })] });
  }

  /** The packed document with every marker replaced by its table. */
  async splice(packed: Buffer): Promise<Buffer> {
    if (!this.tables.length) return packed;
    const { entries } = await readZipDirectory(packed, MAX_PARTS);
    const parts: ZipPart[] = entries.map((entry) => ({ name: entry.name, data: inflateEntry(packed, entry) }));
    const document = parts.find((p) => p.name === DOCUMENT_PART);
    if (!document) throw new Error(`${DOCUMENT_PART} missing from the packed document`);
    document.data = this.withTables(document.data.toString());
    return writeZip(parts);
  }

  private textOf(index: number): string {
    return `${this.nonce}:${index}`;
  }

  /** The document part's text with the tables in place of their markers, in pieces. */
  private *withTables(xml: string): Generator<string> {
    let from = 0;
    for (const [i, table] of this.tables.entries()) {
      const text = xml.indexOf(`>${this.textOf(i)}<`, from);
      const start = xml.lastIndexOf('<w:tbl>', text);
      const end = xml.indexOf('</w:tbl>', text);
      if (text < 0 || start < from || end < 0) throw new Error(`table ${i} has no marker in ${DOCUMENT_PART}`);
      yield xml.slice(from, start);
      yield* table();
      from = end + '</w:tbl>'.length;
    }
    yield xml.slice(from);
  }
}
