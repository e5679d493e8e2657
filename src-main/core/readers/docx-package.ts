/**
 * The parts of a Word package the reader needs, found through the package relationships
 * (not by fixed names: other producers name the main part differently). Only XML parts are
 * read: a .docm's vbaProject.bin is data that is never opened, let alone run.
 */
import type JSZip from 'jszip';
import { resolvePath } from './ooxml-part-path';
import { ReadError } from './read-error';
import { decodeXmlBytes, elements, parseOoxmlPart, type XmlElement } from './docx-xml';

export interface WordParts {
  document: XmlElement;
  styles?: XmlElement;
  numbering?: XmlElement;
  /** The package holds a macro project (.docm): ignored, worth telling. */
  hasMacros: boolean;
}

const REL_TYPE = {
  officeDocument: '/officeDocument',
  styles: '/styles',
  numbering: '/numbering',
};

export async function openWordParts(bytes: Buffer, fileName: string): Promise<WordParts> {
  let zip: JSZip;
  try {
    // Loaded with the first Word file: a reading thread of workbooks only never needs it.
    const { default: zipReader } = await import('jszip');
    zip = await zipReader.loadAsync(bytes, { checkCRC32: true });
  } catch (error) {
    throw corrupt(fileName, (error as Error).message);
  }
  const packageRels = await readXml(zip, '_rels/.rels', fileName);
  const mainPath =
    (packageRels && relationshipTarget(packageRels, REL_TYPE.officeDocument, '')) ?? 'word/document.xml';
  const document = await readXml(zip, mainPath, fileName);
  if (!document || document.tag !== 'document') {
    throw new ReadError(
      'not-a-word-file',
      `Tệp ${fileName} không phải văn bản Word (.docx): không có phần nội dung văn bản. Hãy kiểm tra lại tệp trường gửi.`,
    );
  }
  const mainDir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const mainRels = await readXml(zip, `${mainDir}_rels/${mainPath.slice(mainDir.length)}.rels`, fileName);
  const partPath = (type: string, fallback: string): string =>
    (mainRels && relationshipTarget(mainRels, type, mainDir)) ?? fallback;
  return {
    document,
    styles: await readXml(zip, partPath(REL_TYPE.styles, `${mainDir}styles.xml`), fileName),
    numbering: await readXml(zip, partPath(REL_TYPE.numbering, `${mainDir}numbering.xml`), fileName),
    hasMacros: Object.keys(zip.files).some((name) => /vbaProject\.bin$/i.test(name)),
  };
}

function relationshipTarget(rels: XmlElement, typeSuffix: string, baseDir: string): string | undefined {
  const rel = elements(rels).find((r) => r.tag === 'Relationship' && r.attrs.Type?.endsWith(typeSuffix));
  const target = rel?.attrs.Target;
  if (!target || rel.attrs.TargetMode === 'External') return undefined;
  return resolvePath(baseDir, target);
}

async function readXml(zip: JSZip, partPath: string, fileName: string): Promise<XmlElement | undefined> {
  const entry = zip.file(partPath);
  if (!entry) return undefined;
  let raw: Uint8Array;
  try {
    raw = await entry.async('uint8array');
  } catch (error) {
    throw corrupt(fileName, (error as Error).message);
  }
  return parseOoxmlPart(decodeXmlBytes(raw), fileName, partPath);
}

function corrupt(fileName: string, why: string): ReadError {
  return new ReadError(
    'corrupt-file',
    `Không đọc được tệp ${fileName}: tệp bị hỏng hoặc tải về chưa hết (${why}). Hãy đề nghị trường gửi lại.`,
  );
}
