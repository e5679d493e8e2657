/**
 * Parsing one XML part of a Word file into a small tree, safely: no DTD is ever processed
 * (a DOCTYPE declaring entities is refused: billion laughs, external entities), and the
 * five XML entities and character references are decoded here, not by the parser, so no
 * other entity can be expanded. Namespace prefixes are dropped: Word writes "w:", other
 * producers may not.
 */
import { XMLParser } from 'fast-xml-parser';
import { ReadError } from './read-error';

export interface XmlElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

type OrderedNode = Record<string, unknown>;

const ATTRS_KEY = ':@';
const TEXT_KEY = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const DOCTYPE = /<!DOCTYPE\b(?:[^<>[\]]|\[[\s\S]*?\])*>/i;

/** The program the specialist is told to open a damaged file with. */
export type OfficeProgram = 'Word' | 'Excel';

/** Parses `xml` (a part of `fileName`) and returns its root element. */
export function parseOoxmlPart(xml: string, fileName: string, partName: string, program: OfficeProgram = 'Word'): XmlElement {
  const safe = withoutDoctype(xml, fileName, partName);
  let ordered: OrderedNode[];
  try {
    ordered = parser.parse(safe) as OrderedNode[];
  } catch (error) {
    throw new ReadError(
      'corrupt-file',
      `Không đọc được tệp ${fileName}: phần ${partName} bị hỏng (${(error as Error).message}). Hãy mở bằng ${program}, lưu lại rồi gửi lại.`,
      partName,
    );
  }
  const root = convert(ordered).find((n): n is XmlElement => typeof n !== 'string');
  if (!root) {
    throw new ReadError('corrupt-file', `Không đọc được tệp ${fileName}: phần ${partName} rỗng.`, partName);
  }
  return root;
}

/** Office writes UTF-8; UTF-16 is allowed by XML and seen from some converters. */
export function decodeXmlBytes(raw: Uint8Array): string {
  if (raw[0] === 0xff && raw[1] === 0xfe) return new TextDecoder('utf-16le').decode(raw);
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw);
  return new TextDecoder('utf-8').decode(raw);
}

/** Word never writes a DTD: one that declares entities is an attack, any other is dropped. */
function withoutDoctype(xml: string, fileName: string, partName: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  if (/<!ENTITY/i.test(xml)) {
    throw new ReadError(
      'hostile-xml',
      `Không đọc tệp ${fileName}: phần ${partName} khai báo thực thể XML (DOCTYPE/ENTITY), điều Word không bao giờ làm; tệp có thể đã bị làm giả để gây hại.`,
      partName,
    );
  }
  return xml.replace(DOCTYPE, '');
}

function convert(nodes: OrderedNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ATTRS_KEY) continue;
      const value = node[key];
      if (key === TEXT_KEY) {
        out.push(decodeEntities(String(value)));
        continue;
      }
      const rawAttrs = (node[ATTRS_KEY] ?? {}) as Record<string, unknown>;
      // fromEntries defines own properties: an attribute named "__proto__" stays an attribute.
      const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([name, v]) => [name, decodeEntities(String(v))]));
      out.push({ tag: key, attrs, children: Array.isArray(value) ? convert(value as OrderedNode[]) : [] });
    }
  }
  return out;
}

const NAMED = new Map<string, string>(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }));

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED.get(ref) ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, tag: string): XmlElement | undefined {
  return el ? elements(el).find((c) => c.tag === tag) : undefined;
}

/** The first descendant along a path of tags: path(p, 'pPr', 'numPr', 'numId'). */
export function path(el: XmlElement | undefined, ...tags: string[]): XmlElement | undefined {
  let at = el;
  for (const tag of tags) at = child(at, tag);
  return at;
}

/** w:val of an element, the attribute most WordprocessingML properties use. */
export function val(el: XmlElement | undefined): string | undefined {
  return el?.attrs.val;
}

/** An on/off property (w:b, w:caps, w:vanish): present and not "0"/"false"/"off". */
export function isOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs.val;
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

/** Concatenated text children of an element. */
export function textOf(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}
