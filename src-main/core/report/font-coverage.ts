/**
 * Whether a TrueType font has glyphs for given characters, read from its cmap table. An old
 * Times New Roman (some Linux core-font packages) lacks the precomposed Vietnamese letters;
 * embedding it would print boxes in place of "ạ", "ể", "ữ".
 */

function cmapLookup(buf: Buffer): ((codePoint: number) => boolean) | null {
  if (buf.length < 12) return null;
  const numTables = buf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (rec + 16 > buf.length) return null;
    if (buf.toString('latin1', rec, rec + 4) === 'cmap') cmap = buf.readUInt32BE(rec + 8);
  }
  if (cmap < 0 || cmap + 4 > buf.length) return null;
  const subtables = buf.readUInt16BE(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const at = cmap + buf.readUInt32BE(rec + 4);
    if (at + 2 > buf.length || !(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = buf.readUInt16BE(at);
    if (format === 12) format12 = at;
    if (format === 4) format4 = at;
  }
  if (format12 >= 0) {
    const groups = buf.readUInt32BE(format12 + 12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const at = format12 + 16 + 12 * g;
        if (cp >= buf.readUInt32BE(at) && cp <= buf.readUInt32BE(at + 4)) return true;
      }
      return false;
    };
  }
  if (format4 < 0) return null;
  const segCount = buf.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segCount + 2;
  const deltas = starts + 2 * segCount;
  const rangeOffsets = deltas + 2 * segCount;
  return (cp) => {
    for (let s = 0; s < segCount; s++) {
      if (cp > buf.readUInt16BE(ends + 2 * s)) continue;
      const start = buf.readUInt16BE(starts + 2 * s);
      if (cp < start) return false;
      const rangeOffsetAt = rangeOffsets + 2 * s;
      const rangeOffset = buf.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return ((cp + buf.readInt16BE(deltas + 2 * s)) & 0xffff) !== 0;
      const glyphAt = rangeOffsetAt + rangeOffset + 2 * (cp - start);
      return glyphAt + 2 <= buf.length && buf.readUInt16BE(glyphAt) !== 0;
    }
    return false;
  };
}

/** Every letter of Vietnamese that has its own precomposed code point, both cases. */
export const VIETNAMESE_LETTERS =
  'ĂÂĐÊÔƠƯăâđêôơư' +
  'ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ' +
  'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

/** True when the font maps every character of `text`; false for a file that is not a readable TrueType font. */
export function fontCovers(font: Buffer, text: string): boolean {
  try {
    const has = cmapLookup(font);
    return has !== null && [...text].every((c) => has(c.codePointAt(0) ?? 0));
  } catch {
    return false;
  }
}
