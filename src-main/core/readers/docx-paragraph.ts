/**
 * The text of one Word paragraph as a reader sees it on screen: runs inside hyperlinks,
 * content controls, fields and tracked insertions are kept; tracked deletions, field codes
 * and hidden text are dropped; the automatic list number is put back in front; runs in a
 * TCVN3/VNI font are converted to Unicode.
 */
import { decodeLegacyText, type LegacyEncoding } from '../text/legacy-encoding';
import { leadingSpaces } from '../text/vietnamese';
import type { DocxNumbering } from './docx-numbering';
import type { DocxStyles, FontSetting } from './docx-styles';
import { child, elements, textOf, val, type XmlElement } from './docx-xml';

/** What reading the body learns on the way, for the reader's notes. */
export interface DocxContext {
  styles: DocxStyles;
  numbering: DocxNumbering;
  encodings: Set<LegacyEncoding>;
  trackedChanges: boolean;
}

export interface ParagraphText {
  /** Text with "\n" for line breaks and "\t" for tabs, not yet cleaned. */
  text: string;
  /** Styled as a heading (Heading N or an outline level). */
  headingStyle: boolean;
  /** Every run that holds a letter is bold. */
  bold: boolean;
  /** In spaces: the paragraph's own left indent and the spaces typed before its text. */
  indent: number;
}

/** A space of 12-point text is about 60 twips wide (1/20 point). */
const TWIPS_PER_SPACE = 60;

interface Piece {
  text: string;
  font: FontSetting;
  bold: boolean;
  caps: boolean;
}

/** Elements that only wrap runs: read through them. */
const RUN_WRAPPERS = new Set(['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'fldSimple', 'bdo', 'dir']);
/** Tracked deletions: not part of the document as it stands. */
const DELETIONS = new Set(['del', 'moveFrom']);

export function readParagraph(p: XmlElement, ctx: DocxContext): ParagraphText {
  const pPr = child(p, 'pPr');
  const styleId = ctx.styles.paragraphStyle(val(child(pPr, 'pStyle')));
  const pieces: Piece[] = [];
  collectRuns(p, styleId, ctx, pieces);
  const label = numberLabel(pPr, styleId, ctx);
  const body = decodePieces(pieces, ctx);
  const lettered = pieces.filter((piece) => /\p{L}/u.test(piece.text));
  return {
    text: label && body.trim() ? `${label} ${body}` : body,
    headingStyle:
      ctx.styles.isHeading(styleId) || Number(val(child(pPr, 'outlineLvl')) ?? 9) < 9,
    bold: lettered.length > 0 && lettered.every((piece) => piece.bold),
    indent: leadingSpaces(body) + indentOf(child(pPr, 'ind')),
  };
}

/** w:ind of the paragraph itself: left (or start) plus the first line's own indent, in spaces. */
function indentOf(ind: XmlElement | undefined): number {
  if (!ind) return 0;
  const twips = (name: string): number => Number(ind.attrs[name] ?? 0) || 0;
  const first = twips('firstLine') - twips('hanging');
  return Math.max(0, Math.round((Math.max(twips('left'), twips('start')) + first) / TWIPS_PER_SPACE));
}

function numberLabel(pPr: XmlElement | undefined, styleId: string | undefined, ctx: DocxContext): string {
  const numPr = child(pPr, 'numPr');
  const fromStyle = ctx.styles.numbering(styleId);
  const numId = val(child(numPr, 'numId')) ?? fromStyle.numId;
  if (!numId || numId === '0') return '';
  const ilvl = Number(val(child(numPr, 'ilvl')) ?? fromStyle.ilvl ?? 0) || 0;
  return ctx.numbering.next(numId, ilvl);
}

function collectRuns(el: XmlElement, styleId: string | undefined, ctx: DocxContext, out: Piece[]): void {
  for (const node of elements(el)) {
    if (node.tag === 'r') {
      const piece = readRun(node, styleId, ctx);
      if (piece) out.push(piece);
    } else if (RUN_WRAPPERS.has(node.tag)) {
      if (node.tag === 'ins' || node.tag === 'moveTo') ctx.trackedChanges = true;
      collectRuns(node, styleId, ctx, out);
    } else if (node.tag === 'sdt') {
      const content = child(node, 'sdtContent');
      if (content) collectRuns(content, styleId, ctx, out);
    } else if (node.tag === 'AlternateContent') {
      const choice = child(node, 'Choice') ?? child(node, 'Fallback');
      if (choice) collectRuns(choice, styleId, ctx, out);
    } else if (DELETIONS.has(node.tag)) {
      ctx.trackedChanges = true;
    }
  }
}

function readRun(r: XmlElement, styleId: string | undefined, ctx: DocxContext): Piece | null {
  const look = ctx.styles.runLook(child(r, 'rPr'), styleId);
  if (look.hidden) return null;
  let text = '';
  for (const node of elements(r)) {
    switch (node.tag) {
      case 't':
        text += textOf(node);
        break;
      case 'tab':
      case 'ptab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
      case 'sym':
        text += symbol(node);
        break;
      case 'delText':
        ctx.trackedChanges = true;
        break;
      default:
        // instrText (field codes), drawings, footnote marks: not text a reader sees.
        break;
    }
  }
  return text ? { text, font: look.font, bold: look.bold, caps: look.caps } : null;
}

/** w:sym stores symbol-font characters in the private area F0xx; the low byte is the character. */
function symbol(sym: XmlElement): string {
  const code = parseInt(sym.attrs.char ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  return String.fromCodePoint(code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code);
}

/** Adjacent runs in the same font are converted together (VNI marks may sit in the next run). */
function decodePieces(pieces: Piece[], ctx: DocxContext): string {
  let out = '';
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    let text = '';
    while (j < pieces.length && pieces[j].font === pieces[i].font && pieces[j].caps === pieces[i].caps) {
      text += pieces[j].text;
      j++;
    }
    const decoded = decodeLegacyText(text, pieces[i].font ?? undefined);
    if (decoded.encoding) ctx.encodings.add(decoded.encoding);
    out += pieces[i].caps ? decoded.text.toUpperCase() : decoded.text;
    i = j;
  }
  return out;
}
