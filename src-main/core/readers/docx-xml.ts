/**
 * Parsing one XML part of a Word file into a small tree, safely: no DTD is ever processed
 * (a DOCTYPE declaring entities is refused: billion laughs, external entities), and the
 * five XML entities and character references are decoded here, not by the parser, so no
 * other entity can be expanded. Namespace prefixes are dropped: Word writes "w:", other
 * producers may not.
 */
import { ReadError } from './read-error';

export interface XmlElement {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const DOCTYPE = /<!DOCTYPE\b(?:[^<>[\]]|\[[\s\S]*?\])*>/i;

/** The program the specialist is told to open a damaged file with. */
export type OfficeProgram = 'Word' | 'Excel';

/** Parses `xml` (a part of `fileName`) and returns its root element. */
export function parseOoxmlPart(xml: string, fileName: string, partName: string, program: OfficeProgram = 'Word'): XmlElement {
  const safe = withoutDoctype(xml, fileName, partName);
  let root: XmlElement | undefined;
  try {
    root = parseXml(safe);
  } catch (error) {
    throw new ReadError(
      'corrupt-file',
      `Không đọc được tệp ${fileName}: phần ${partName} bị hỏng (${(error as Error).message}). Hãy mở bằng ${program}, lưu lại rồi gửi lại.`,
      partName,
    );
  }
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

const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const NAME_END = /[\s/>]/g;

/**
 * A small XML tokenizer for the parts Office writes: elements, attributes, text, CDATA;
 * comments and processing instructions skipped; no DTD (removed before), so no entity but
 * the five XML ones and character references. Tags must nest: a damaged part is refused,
 * not half read.
 */
function parseXml(xml: string): XmlElement | undefined {
  const document: XmlElement = { tag: '', attrs: {}, children: [] };
  const open: XmlElement[] = [document];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i && open.length > 1) open[open.length - 1].children.push(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new Error('thẻ đóng không kết thúc');
      const name = localName(xml.slice(lt + 2, gt).trim());
      const closed = open.pop();
      if (!closed || closed === document || closed.tag !== name) throw new Error(`thẻ đóng </${name}> không khớp`);
      i = gt + 1;
    } else if (next === 0x3f /* ? */) {
      i = after(xml, '?>', lt + 2, 'chỉ thị xử lý');
    } else if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt + 4, 'chú thích');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = after(xml, ']]>', lt + 9, 'đoạn CDATA');
      if (open.length > 1) open[open.length - 1].children.push(xml.slice(lt + 9, end - 3));
      i = end;
    } else {
      i = openTag(xml, lt, open);
    }
  }
  if (open.length > 1) throw new Error(`thiếu thẻ đóng </${open[open.length - 1].tag}>`);
  return document.children.find((c): c is XmlElement => typeof c !== 'string');
}

/** Reads the start tag at `lt`, adds its element, and returns where the text after it starts. */
function openTag(xml: string, lt: number, open: XmlElement[]): number {
  NAME_END.lastIndex = lt + 1;
  const nameEnd = NAME_END.exec(xml)?.index ?? -1;
  if (nameEnd <= lt + 1) throw new Error('thẻ mở không hợp lệ');
  // Names come from the file: no prototype for "__proto__" or "constructor" to reach.
  const attrs: Record<string, string> = Object.create(null);
  const element: XmlElement = { tag: localName(xml.slice(lt + 1, nameEnd)), attrs, children: [] };
  let at = nameEnd;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(xml);
    if (!m) break;
    const name = m[1];
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) attrs[localName(name)] = decodeEntities(m[2] ?? m[3]);
    at = ATTRIBUTE.lastIndex;
  }
  while (at < xml.length && /\s/.test(xml[at])) at++;
  const parent = open[open.length - 1];
  if (xml.startsWith('/>', at)) {
    parent.children.push(element);
    return at + 2;
  }
  if (xml[at] !== '>') throw new Error(`thẻ <${element.tag}> không hợp lệ`);
  parent.children.push(element);
  open.push(element);
  return at + 1;
}

function after(xml: string, end: string, from: number, what: string): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new Error(`${what} không kết thúc`);
  return at + end.length;
}

/** Namespace prefixes dropped: Word writes "w:", other producers may not. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
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
