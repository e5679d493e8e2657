/**
 * Vietnamese text typed before Unicode: TCVN3 (ABC) and VNI. Office files store it as
 * Windows-1252 characters shown through a font that draws Vietnamese glyphs at those codes
 * (".VnTime", "VNI-Times"), so read as Unicode it is garbage ("B¸o c¸o", "Baùo caùo").
 * Readers know the font of a run (docx) or a cell (xlsx) and convert here.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /**
   * TCVN3 "H" fonts (.VnTimeH, .VnArialH) draw every letter as a capital: the codes of the
   * lower-case letters show the capitals, so the converted text must be upper-cased.
   */
  upperCase: boolean;
}

/**
 * TCVN3 single bytes (as Windows-1252/Latin-1 characters) and the letters they stand for.
 * Capitals carrying a tone mark have no code of their own: they are the lower-case codes
 * drawn with an "H" font.
 */
const TCVN3_CODES =
  '¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00adøõö÷ùýúûüþ®¡¢£¤¥¦§';
const TCVN3_LETTERS =
  'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĂÂÊÔƠƯĐ';

/**
 * VNI writes a letter as its base letter followed by a mark byte (or as one byte for ơ, ư,
 * đ and the i's). Listed in lower case; capitals are the upper-cased pairs on both sides
 * ("AÙ" → "Á").
 */
const VNI_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['á', 'aù'], ['à', 'aø'], ['ả', 'aû'], ['ã', 'aõ'], ['ạ', 'aï'],
  ['â', 'aâ'], ['ấ', 'aá'], ['ầ', 'aà'], ['ẩ', 'aå'], ['ẫ', 'aã'], ['ậ', 'aä'],
  ['ă', 'aê'], ['ắ', 'aé'], ['ằ', 'aè'], ['ẳ', 'aú'], ['ẵ', 'aü'], ['ặ', 'aë'],
  ['é', 'eù'], ['è', 'eø'], ['ẻ', 'eû'], ['ẽ', 'eõ'], ['ẹ', 'eï'],
  ['ê', 'eâ'], ['ế', 'eá'], ['ề', 'eà'], ['ể', 'eå'], ['ễ', 'eã'], ['ệ', 'eä'],
  ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'],
  ['ó', 'où'], ['ò', 'oø'], ['ỏ', 'oû'], ['õ', 'oõ'], ['ọ', 'oï'],
  ['ô', 'oâ'], ['ố', 'oá'], ['ồ', 'oà'], ['ổ', 'oå'], ['ỗ', 'oã'], ['ộ', 'oä'],
  ['ơ', 'ô'], ['ớ', 'ôù'], ['ờ', 'ôø'], ['ở', 'ôû'], ['ỡ', 'ôõ'], ['ợ', 'ôï'],
  ['ú', 'uù'], ['ù', 'uø'], ['ủ', 'uû'], ['ũ', 'uõ'], ['ụ', 'uï'],
  ['ư', 'ö'], ['ứ', 'öù'], ['ừ', 'öø'], ['ử', 'öû'], ['ữ', 'öõ'], ['ự', 'öï'],
  ['ý', 'yù'], ['ỳ', 'yø'], ['ỷ', 'yû'], ['ỹ', 'yõ'], ['ỵ', 'î'],
  ['đ', 'ñ'],
];

const TCVN3_MAP: ReadonlyMap<string, string> = new Map(
  [...TCVN3_CODES].map((code, i) => [code, [...TCVN3_LETTERS][i]]),
);

const VNI_MAP: ReadonlyMap<string, string> = new Map(
  VNI_PAIRS.flatMap(([letter, vni]) => [
    [vni, letter],
    [vni.toUpperCase(), letter.toUpperCase()],
  ]),
);

/** Letters only Unicode Vietnamese has: text holding any of them is not legacy text. */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300-\u0309\u0323]/;

/**
 * TCVN3 codes that neither Unicode Vietnamese nor VNI text uses. « » © · × are left out:
 * ordinary text uses them too ("«Tuần lễ»", "© 2023").
 */
const TCVN3_ONLY = /[¸µ¶¹¨¾¼½ª¬\u00ad®Þ÷þßÐ¡¢£¤¥¦§Ç]/g;

/** A VNI vowel followed by a tone/shape mark byte, which no Unicode word contains. */
const VNI_MARKED_VOWEL = /[aeouy][ùøûõïåäëü]|[AEOUY][ÙØÛÕÏÅÄËÜ]|[aeo][âê](?=[a-zñ])/g;

/** Enough evidence that a text with no font to go by is legacy-encoded. */
const MIN_EVIDENCE = 2;

/** How the specialist knows the encoding: by its name and the font that goes with it. */
export function legacyEncodingName(encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? 'TCVN3 (phông .VnTime)' : 'VNI (phông VNI-Times)';
}

/** The legacy encoding a font implies, or null for a Unicode font. */
export function legacyFont(fontName: string | undefined): LegacyFont | null {
  const name = (fontName ?? '').trim();
  if (/^vni[- ]/i.test(name)) return { encoding: 'vni', upperCase: false };
  if (/^\.vn/i.test(name) || /^vn(time|arial|avant|book|centur|courier|helv)/i.test(name)) {
    return { encoding: 'tcvn3', upperCase: /h$/i.test(name) };
  }
  return null;
}

/**
 * The legacy encoding of a text, from its font when known, else from its characters.
 * Text already holding Unicode Vietnamese letters is never legacy, whatever the font says
 * (Word keeps the old font name when someone types Unicode over it).
 */
export function detectLegacyEncoding(text: string, fontName?: string): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  const font = legacyFont(fontName);
  if (font) return font.encoding;
  const tcvn3 = text.match(TCVN3_ONLY)?.length ?? 0;
  const vni = text.match(VNI_MARKED_VOWEL)?.length ?? 0;
  if (Math.max(tcvn3, vni) < MIN_EVIDENCE) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

/** Converts TCVN3 or VNI text to Unicode (NFC); characters outside the table are kept. */
export function legacyToUnicode(text: string, enc: LegacyEncoding): string {
  const converted = enc === 'tcvn3' ? convertTcvn3(text) : convertVni(text);
  return converted.normalize('NFC');
}

/**
 * What a reader calls for one run or cell: converted text, and the encoding found (to
 * tell the specialist the file was converted), or the text unchanged and null.
 */
export function decodeLegacyText(
  text: string,
  fontName?: string,
): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text, fontName);
  if (!encoding) return { text, encoding: null };
  const unicode = legacyToUnicode(text, encoding);
  const upper = legacyFont(fontName)?.upperCase ?? false;
  const result = upper ? unicode.toUpperCase() : unicode;
  return { text: result, encoding: result === text ? null : encoding };
}

function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}

function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = VNI_MAP.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    out += VNI_MAP.get(text[i]) ?? text[i];
    i += 1;
  }
  return out;
}
