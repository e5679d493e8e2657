/**
 * Reads a Word report (.docx, .docm as data: macros are never run) into the neutral
 * SourceDocument: its tables as grids, its narrative split by headings, its top lines.
 * The OOXML is read directly; no DTD is processed (docx-xml), and the container is
 * checked for bombs, passwords and truncation before anything is inflated.
 */
import type { ReaderNote, SourceDocument } from '../model/source';
import type { LegacyEncoding } from '../text/legacy-encoding';
import { readBlocks, type Block } from './docx-body';
import { DocxNumbering } from './docx-numbering';
import { openWordParts } from './docx-package';
import type { DocxContext } from './docx-paragraph';
import { gridLines, HEADER_LINES, paragraphLines, splitSections } from './docx-sections';
import { DocxStyles } from './docx-styles';
import { bodyTables, type BodyTables } from './docx-tables';
import { child } from './docx-xml';
import { checkOoxmlContainer } from './ooxml-guard';

export async function readDocx(bytes: Buffer, fileName: string): Promise<SourceDocument> {
  await checkOoxmlContainer(bytes, fileName);
  const parts = await openWordParts(bytes, fileName);
  const ctx: DocxContext = {
    styles: new DocxStyles(parts.styles),
    numbering: new DocxNumbering(parts.numbering),
    encodings: new Set(),
    trackedChanges: false,
  };
  const body = child(parts.document, 'body');
  const blocks = body ? readBlocks(body, ctx) : [];
  const tables = bodyTables(blocks);
  const sections = splitSections(blocks.filter((b) => b.kind === 'paragraph'));
  const headerText = headerLines(blocks, tables).join('\n');

  const notes: ReaderNote[] = [...tables.notes];
  for (const encoding of ctx.encodings) notes.push(legacyNote(fileName, encoding));
  if (ctx.trackedChanges) {
    notes.push({
      severity: 'info',
      rule: 'tracked-changes',
      where: null,
      message: `Tệp ${fileName} còn sửa đổi chưa chấp nhận (Track Changes): đã đọc theo bản sau sửa (giữ phần thêm, bỏ phần xoá).`,
    });
  }
  if (parts.hasMacros) {
    notes.push({
      severity: 'info',
      rule: 'macros-ignored',
      where: null,
      message: `Tệp ${fileName} có chứa macro: macro không được chạy, chỉ đọc nội dung văn bản.`,
    });
  }
  if (!headerText && tables.tables.length === 0) {
    notes.push({
      severity: 'warning',
      rule: 'empty-document',
      where: null,
      message: `Tệp ${fileName} không có chữ nào: hãy kiểm tra lại tệp trường gửi.`,
    });
  }
  return { fileName, format: 'docx', tables: tables.tables, sections, headerText, notes };
}

/** The first lines of the document, a layout table at the top included (school, motto, title). */
function headerLines(blocks: Block[], tables: BodyTables): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length >= HEADER_LINES) break;
    if (block.kind === 'paragraph') lines.push(...paragraphLines(block.text));
    else lines.push(...gridLines(tables.gridOf.get(block.table) ?? []));
  }
  return lines.slice(0, HEADER_LINES);
}

function legacyNote(fileName: string, encoding: LegacyEncoding): ReaderNote {
  const name = encoding === 'tcvn3' ? 'TCVN3 (phông .VnTime)' : 'VNI (phông VNI-Times)';
  return {
    severity: 'info',
    rule: 'legacy-encoding',
    where: null,
    message: `Tệp ${fileName} gõ bằng bảng mã cũ ${name}: đã tự chuyển sang Unicode, hãy xem lại chữ tiếng Việt khi dùng.`,
  };
}
