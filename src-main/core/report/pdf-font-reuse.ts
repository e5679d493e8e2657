/**
 * pdfmake 0.3 has pdfkit read and parse each font file again for every document, and lay out
 * again every word the previous document laid out: for the report's four fonts that is about
 * a quarter of a second before the first line, in every render. Here the parsed font (fontkit's
 * object, which only reads its file) and pdfkit's cache of laid-out words outlive the document:
 * each new document gets its own embedded font (its own subset and widths, as before), made
 * from the parsed one. pdfmake's font lookup (`provideFont`) is wrapped at run time to do it;
 * without that hook (another pdfmake) documents render as before, only slower.
 */

import { statSync } from 'node:fs';
import { pdfmakeDocumentPrototype, type FontLookup } from './pdfmake-document';

/** fontkit's parsed font, as far as the reuse touches it. */
interface ParsedFontFile {
  /** Every glyph made so far, by glyph id, with the characters it was made for. */
  _glyphs: Record<number, object>;
}

/** pdfkit's font embedded in one document (EmbeddedFont; not exported by pdfkit). */
interface EmbeddedFont {
  id: string;
  name: string;
  font: ParsedFontFile;
  /** The glyphs this document prints, copied out of the font file when it ends. */
  subset: { font: ParsedFontFile };
  /** Laid-out words by text, for this font (pdfkit's own cache, off when undefined). */
  layoutCache?: Record<string, unknown>;
}

type EmbeddedFontClass = new (document: PdfmakeDocument, font: ParsedFontFile, id: string) => EmbeddedFont;

/** The parts of pdfmake's PDFDocument (a pdfkit document) that the reuse relies on. */
interface PdfmakeDocument extends FontLookup<EmbeddedFont> {
  fontCache: Record<string, Record<string, EmbeddedFont> | undefined>;
  _fontCount: number;
  _fontFamilies: Record<string, EmbeddedFont>;
  getFontType(bold: boolean, italics: boolean): string;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  validateLocalFile(path: string): void;
}

interface ParsedFont {
  /** Size and time of change of the file it was parsed from: a font replaced on disk is parsed again. */
  stamp: string;
  make: EmbeddedFontClass;
  font: ParsedFontFile;
  layouts: Record<string, unknown> | undefined;
}

/** Past this many words a font's layout cache starts again, so that a long-lived thread does not grow without end. */
const MAX_CACHED_WORDS = 50_000;

/** By the font file's path. */
const parsed = new Map<string, ParsedFont>();

function stampOf(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.size} ${s.mtimeMs}`;
  } catch {
    return null;
  }
}

function wordsIn(layouts: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (layouts && Object.keys(layouts).length > MAX_CACHED_WORDS) return Object.create(null) as Record<string, unknown>;
  return layouts;
}

/**
 * The subset makes the glyphs a composite glyph is built of without their characters ("ơ" in
 * "ờ"), and fontkit keeps each glyph as first made: kept in the shared font, such a glyph would
 * print in a later document without its text (copying or searching "đơn" would miss the "ơ").
 * Each document's subset works on a view of the font whose new glyphs stay its own.
 */
function subsetApart(font: EmbeddedFont): EmbeddedFont {
  const view = Object.create(font.font) as ParsedFontFile;
  view._glyphs = Object.create(font.font._glyphs) as ParsedFontFile['_glyphs'];
  font.subset.font = view;
  return font;
}

/** A path or PostScript name (from a file) as an own key, even "__proto__". */
function list(opened: Record<string, EmbeddedFont>, key: string, font: EmbeddedFont): void {
  Object.defineProperty(opened, key, { value: font, enumerable: true, writable: true, configurable: true });
}

function reuseIn(proto: PdfmakeDocument): void {
  const provide = proto.provideFont;
  proto.provideFont = function (this: PdfmakeDocument, family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const inThisDocument = this.fontCache[family]?.[type];
    const file = this.getFontFile(family, bold, italics);
    const stamp = !inThisDocument && typeof file === 'string' ? stampOf(file) : null;
    if (!stamp || typeof file !== 'string') return provide.call(this, family, bold, italics);
    const known = parsed.get(file);
    if (known?.stamp !== stamp) {
      const made = subsetApart(provide.call(this, family, bold, italics));
      parsed.set(file, { stamp, make: made.constructor as EmbeddedFontClass, font: made.font, layouts: made.layoutCache });
      return made;
    }
    this.validateLocalFile(file);
    // One file for two styles is one font in the document, as pdfkit has it.
    const opened = this._fontFamilies;
    const font = Object.hasOwn(opened, file) ? opened[file] : subsetApart(new known.make(this, known.font, `F${++this._fontCount}`));
    if (font.layoutCache) font.layoutCache = known.layouts = wordsIn(known.layouts) ?? font.layoutCache;
    // Listed where pdfkit lists the fonts it opens itself: the document embeds these when it ends.
    list(opened, file, font);
    if (!Object.hasOwn(opened, font.name)) list(opened, font.name, font);
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
}

const REUSING = Symbol.for('tonghop.pdf-font-reuse');

/**
 * Makes pdfmake reuse parsed fonts across documents in this thread; once is enough, again does
 * nothing. False when this pdfmake has no such hook (documents then render as before).
 */
export function reuseParsedFonts(): boolean {
  const proto = pdfmakeDocumentPrototype<PdfmakeDocument & { [REUSING]?: true }>();
  if (!proto) return false;
  if (!proto[REUSING]) reuseIn(proto);
  proto[REUSING] = true;
  return true;
}
