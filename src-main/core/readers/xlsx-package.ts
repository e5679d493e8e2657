/**
 * The parts of an Excel package the reader needs, read straight from the zip: the sheets in
 * the workbook's order (found through its relationships, whatever the parts are named), the
 * date system, the cell styles (number format and font) and the shared strings. Only XML
 * parts are read: an .xlsm's vbaProject.bin is never opened.
 */
import type { Readable } from 'node:stream';
import { child, decodeXmlBytes, elements, isOn, parseOoxmlPart, textOf, type XmlElement } from './docx-xml';
import { resolvePath } from './ooxml-part-path';
import { ReadError } from './read-error';
import type { ZipEntryInfo } from './zip-directory';
import { entryStream, inflateEntry } from './zip-parts';

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

/** A piece of cell text with the font it is typed in (rich text mixes fonts). */
export interface TextRun {
  text: string;
  font?: string;
}

export interface CellStyle {
  numFmt?: string;
  font?: string;
  bold?: boolean;
  /** Excel's indent level (alignment indent). */
  indent?: number;
}

export interface WorkbookParts {
  sheets: SheetInfo[];
  /** Serial day numbers count from 1904 instead of 1900 (old Mac workbooks). */
  date1904: boolean;
  styles: CellStyle[];
  sharedStrings: TextRun[][];
}

/** The format codes Excel does not write out (ECMA-376 18.8.30), as far as the reader tells them apart. */
const BUILTIN_FORMATS: ReadonlyMap<number, string> = new Map([
  [9, '0%'], [10, '0.00%'], [14, 'mm-dd-yy'], [15, 'd-mmm-yy'], [16, 'd-mmm'], [17, 'mmm-yy'], [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'], [20, 'h:mm'], [21, 'h:mm:ss'], [22, 'm/d/yy h:mm'], [45, 'mm:ss'], [46, '[h]:mm:ss'], [47, 'mmss.0'],
]);

export class XlsxPackage {
  private readonly byName: Map<string, ZipEntryInfo>;

  constructor(
    private readonly zip: Buffer,
    entries: ZipEntryInfo[],
    readonly fileName: string,
  ) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  entry(part: string): ZipEntryInfo | undefined {
    return this.byName.get(part);
  }

  /** The part parsed, or undefined when the package has none of that name. */
  xml(part: string): XmlElement | undefined {
    const entry = this.byName.get(part);
    if (!entry) return undefined;
    let raw: Buffer;
    try {
      raw = this.inflate(entry);
    } catch (error) {
      throw this.corrupt(`phần ${part} hỏng: ${(error as Error).message}`);
    }
    return this.parse(decodeXmlBytes(raw), part);
  }

  parse(xml: string, part: string): XmlElement {
    return parseOoxmlPart(xml, this.fileName, part, 'Excel');
  }

  inflate(entry: ZipEntryInfo): Buffer {
    return inflateEntry(this.zip, entry);
  }

  stream(entry: ZipEntryInfo): Readable {
    return entryStream(this.zip, entry);
  }

  corrupt(why: string): ReadError {
    return new ReadError('corrupt-file', `Không đọc được tệp ${this.fileName}: tệp Excel bị hỏng hoặc không đúng định dạng (${why}).`);
  }

  workbookParts(): WorkbookParts {
    const workbookPart = this.officeDocumentPart();
    const workbook = this.xml(workbookPart);
    if (!workbook || workbook.tag !== 'workbook') throw this.corrupt('không có phần sổ tính xl/workbook.xml');
    const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
    const targets = this.relationshipTargets(`${dir}_rels/${workbookPart.slice(dir.length)}.rels`, dir);
    const sheets: SheetInfo[] = [];
    for (const sheet of elements(child(workbook, 'sheets') ?? emptyElement).filter((e) => e.tag === 'sheet')) {
      const part = targets.get(sheet.attrs.id ?? '');
      if (part) sheets.push({ name: sheet.attrs.name ?? '', hidden: (sheet.attrs.state ?? 'visible') !== 'visible', part });
    }
    const typed = (suffix: string) => [...targets.entries()].find(([, part]) => part.endsWith(suffix))?.[1] ?? `${dir}${suffix}`;
    return {
      sheets,
      date1904: isTrue(child(workbook, 'workbookPr')?.attrs.date1904),
      styles: readStyles(this.xml(typed('styles.xml'))),
      sharedStrings: elements(this.xml(typed('sharedStrings.xml')) ?? emptyElement).filter((e) => e.tag === 'si').map(textRuns),
    };
  }

  private officeDocumentPart(): string {
    const rels = this.xml('_rels/.rels');
    const rel = rels && elements(rels).find((r) => r.attrs.Type?.endsWith('/officeDocument'));
    return rel?.attrs.Target ? resolvePath('', rel.attrs.Target) : 'xl/workbook.xml';
  }

  /** Relationship id → part name. */
  private relationshipTargets(relsPart: string, baseDir: string): Map<string, string> {
    const targets = new Map<string, string>();
    for (const rel of elements(this.xml(relsPart) ?? emptyElement)) {
      if (rel.attrs.Id && rel.attrs.Target && rel.attrs.TargetMode !== 'External') targets.set(rel.attrs.Id, resolvePath(baseDir, rel.attrs.Target));
    }
    return targets;
  }
}

const emptyElement: XmlElement = { tag: '', attrs: {}, children: [] };

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The text of a shared or inline string: plain (`<t>`) or rich (`<r>` runs with their fonts); phonetic runs left out. */
export function textRuns(el: XmlElement): TextRun[] {
  const runs: TextRun[] = [];
  for (const run of elements(el)) {
    if (run.tag === 't') runs.push({ text: textOf(run) });
    else if (run.tag === 'r') {
      const t = child(run, 't');
      const font = child(child(run, 'rPr'), 'rFont')?.attrs.val;
      if (t) runs.push(font ? { text: textOf(t), font } : { text: textOf(t) });
    }
  }
  return runs;
}

function readStyles(styles: XmlElement | undefined): CellStyle[] {
  if (!styles) return [];
  const formats = new Map(BUILTIN_FORMATS);
  for (const f of elements(child(styles, 'numFmts') ?? emptyElement)) {
    if (f.attrs.numFmtId && f.attrs.formatCode !== undefined) formats.set(Number(f.attrs.numFmtId), f.attrs.formatCode);
  }
  const fonts = elements(child(styles, 'fonts') ?? emptyElement).map((font) => ({
    name: child(font, 'name')?.attrs.val,
    bold: isOn(child(font, 'b')) ?? false,
  }));
  return elements(child(styles, 'cellXfs') ?? emptyElement).map((xf) => {
    const font = fonts[Number(xf.attrs.fontId ?? 0)];
    const indent = Number(child(xf, 'alignment')?.attrs.indent ?? 0);
    const style: CellStyle = { numFmt: formats.get(Number(xf.attrs.numFmtId ?? 0)), font: font?.name };
    if (font?.bold) style.bold = true;
    if (indent > 0) style.indent = indent;
    return style;
  });
}
