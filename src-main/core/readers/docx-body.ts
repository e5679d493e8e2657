/**
 * The body of a Word document as an ordered list of paragraphs and tables, looking through
 * content controls, custom XML and tracked insertions (tracked deletions are dropped).
 * Tables keep Word's own structure here (spans and vertical merges); docx-table-grid turns
 * them into rectangular grids.
 */
import { cleanText } from '../text/vietnamese';
import { readParagraph, type DocxContext, type ParagraphText } from './docx-paragraph';
import { child, elements, val, type XmlElement } from './docx-xml';

export interface ParagraphBlock extends ParagraphText {
  kind: 'paragraph';
}

export interface TableBlock {
  kind: 'table';
  table: RawTable;
}

export type Block = ParagraphBlock | TableBlock;

export interface RawCell {
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  /** w:vMerge: 'restart' starts a vertical merge, 'continue' repeats the cell above. */
  vMerge?: 'restart' | 'continue';
  /** Old-style horizontal merge continuation (w:hMerge from converted .doc files). */
  hMergeContinue: boolean;
  /** Paragraph texts, cleaned, empty ones dropped. */
  lines: string[];
  /** Every paragraph with letters is bold. */
  bold: boolean;
  /** Indent of the first paragraph with text, in spaces. */
  indent: number;
}

export interface RawRow {
  gridBefore: number;
  gridAfter: number;
  cells: RawCell[];
}

export interface RawTable {
  rows: RawRow[];
  /** Tables inside this table's cells, in document order. */
  nested: RawTable[];
}

/** Wrappers of block content (paragraphs, tables, rows, cells) read through. */
const BLOCK_WRAPPERS = new Set(['customXml', 'ins', 'moveTo']);
const DELETIONS = new Set(['del', 'moveFrom']);
/** A hostile gridSpan must not make a million-column grid. */
const MAX_SPAN = 64;

export function readBlocks(container: XmlElement, ctx: DocxContext): Block[] {
  const out: Block[] = [];
  for (const el of unwrap(container, ctx)) {
    if (el.tag === 'p') out.push({ kind: 'paragraph', ...readParagraph(el, ctx) });
    else if (el.tag === 'tbl') out.push({ kind: 'table', table: readTable(el, ctx) });
  }
  return out;
}

/** Children of `el`, with content controls, custom XML and tracked insertions opened up. */
function unwrap(el: XmlElement, ctx: DocxContext): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of elements(el)) {
    if (node.tag === 'sdt') {
      const content = child(node, 'sdtContent');
      if (content) out.push(...unwrap(content, ctx));
    } else if (BLOCK_WRAPPERS.has(node.tag)) {
      if (node.tag !== 'customXml') ctx.trackedChanges = true;
      out.push(...unwrap(node, ctx));
    } else if (node.tag === 'AlternateContent') {
      const choice = child(node, 'Choice') ?? child(node, 'Fallback');
      if (choice) out.push(...unwrap(choice, ctx));
    } else if (DELETIONS.has(node.tag)) {
      ctx.trackedChanges = true;
    } else {
      out.push(node);
    }
  }
  return out;
}

function readTable(tbl: XmlElement, ctx: DocxContext): RawTable {
  const table: RawTable = { rows: [], nested: [] };
  for (const tr of unwrap(tbl, ctx)) {
    if (tr.tag !== 'tr') continue;
    const trPr = child(tr, 'trPr');
    if (child(trPr, 'del')) {
      ctx.trackedChanges = true;
      continue;
    }
    const cells: RawCell[] = [];
    for (const tc of unwrap(tr, ctx)) {
      if (tc.tag === 'tc') cells.push(readCell(tc, table, ctx));
    }
    table.rows.push({
      gridBefore: gridCount(child(trPr, 'gridBefore')),
      gridAfter: gridCount(child(trPr, 'gridAfter')),
      cells,
    });
  }
  return table;
}

function readCell(tc: XmlElement, table: RawTable, ctx: DocxContext): RawCell {
  const tcPr = child(tc, 'tcPr');
  const vMergeEl = child(tcPr, 'vMerge');
  const hMergeEl = child(tcPr, 'hMerge');
  const lines: string[] = [];
  const texts: ParagraphBlock[] = [];
  for (const block of readBlocks(tc, ctx)) {
    if (block.kind === 'paragraph') {
      lines.push(...block.text.split('\n').map(cleanText));
      if (/\p{L}/u.test(block.text)) texts.push(block);
    } else {
      table.nested.push(block.table, ...block.table.nested);
      lines.push(...tableLines(block.table));
    }
  }
  return {
    span: Math.min(MAX_SPAN, Math.max(1, Number(val(child(tcPr, 'gridSpan'))) || 1)),
    vMerge: vMergeEl ? (val(vMergeEl) === 'restart' ? 'restart' : 'continue') : undefined,
    hMergeContinue: !!hMergeEl && val(hMergeEl) !== 'restart',
    lines: lines.filter((l) => l !== ''),
    bold: texts.length > 0 && texts.every((p) => p.bold),
    indent: texts[0]?.indent ?? 0,
  };
}

/** The text of a nested table, as lines of its outer cell. */
function tableLines(table: RawTable): string[] {
  return table.rows.flatMap((row) => row.cells.filter((c) => c.vMerge !== 'continue').flatMap((c) => c.lines));
}

function gridCount(el: XmlElement | undefined): number {
  return Math.min(MAX_SPAN, Math.max(0, Number(val(el)) || 0));
}
