/**
 * Text in the PDF set as Word sets it by default: each letter at its own width, without the
 * font's pair kerning. pdfkit otherwise shapes every word with fontkit's OpenType engine,
 * whose kerning tables alone took a tenth of a second to read for the four fonts of the report
 * in every run; and the DOCX, edited and printed from Word, is set without kerning, so the two
 * now break their lines alike. Words with anything that needs shaping (combining marks,
 * invisible format characters, other scripts) are still shaped by fontkit.
 */

import { pdfmakeDocumentPrototype, type FontLookup } from './pdfmake-document';

/** fontkit's glyph, as far as pdfkit prints it. */
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}

/** pdfkit's EmbeddedFont, as far as its layout of a word goes. */
interface LaidOutFont {
  font: { glyphsForString(text: string): Glyph[] };
  scale: number;
  layoutRun(text: string, features?: unknown): GlyphRun;
}

/**
 * Letters a font maps one to one, each with its own advance: Latin with Vietnamese (ơ, ư,
 * the precomposed tones), spacing punctuation and symbols. Not the combining marks, the soft
 * hyphen, zero-width and direction marks, nor anything outside the Basic Multilingual Plane.
 */
const PLAIN = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u04ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u2bff]*$/;

function plainRun(font: LaidOutFont, text: string): GlyphRun {
  const glyphs = font.font.glyphsForString(text);
  const positions: Position[] = new Array(glyphs.length);
  let advanceWidth = 0;
  for (let i = 0; i < glyphs.length; i++) {
    const advance = glyphs[i].advanceWidth * font.scale;
    positions[i] = { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance };
    advanceWidth += advance;
  }
  return { glyphs, positions, advanceWidth };
}

const PLAINLY = Symbol.for('tonghop.pdf-plain-setting');

type Marked<T> = T & { [PLAINLY]?: true };

/** pdfkit's font class (not exported) is known by its first font: its words are set plainly from then on. */
function setPlainly(fontClass: { prototype: Marked<LaidOutFont> }): void {
  const proto = fontClass.prototype;
  if (proto[PLAINLY] || typeof proto.layoutRun !== 'function') return;
  const shaped = proto.layoutRun;
  proto.layoutRun = function (this: LaidOutFont, text, features) {
    return !features && PLAIN.test(text) ? plainRun(this, text) : shaped.call(this, text, features);
  };
  proto[PLAINLY] = true;
}

/**
 * Makes pdfmake's documents in this thread set plain words plainly; once is enough, again does
 * nothing. False when this pdfmake has no such hook (text is then kerned as pdfkit does).
 */
export function setPdfTextPlainly(): boolean {
  const proto = pdfmakeDocumentPrototype<Marked<FontLookup<LaidOutFont>>>();
  if (!proto) return false;
  if (proto[PLAINLY]) return true;
  const provide = proto.provideFont;
  proto.provideFont = function (family, bold, italics) {
    const font = provide.call(this, family, bold, italics);
    setPlainly(font.constructor as unknown as { prototype: Marked<LaidOutFont> });
    return font;
  };
  proto[PLAINLY] = true;
  return true;
}
