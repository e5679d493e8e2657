/**
 * The drafted report between consolidation and the documents sent up: written as JSON for the
 * specialist to edit, read back with every problem named by its place, and rendered to PDF and
 * DOCX exactly as edited.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { yearSpokenOf } from '../campaign';
import { defaultOfficeSettings, type OfficeSettings } from '../model/settings';
import { writeReport } from '../outputs/round-documents';
import { InvalidInput, plainVietnameseErrors } from '../settings/validation';
import type { ReportDocument } from './document';
import { reportDocumentSchema } from './report-document-schema';

/** "sections[2].blocks[0].text": the place as it reads in the JSON file. */
function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ' (mục "2. Công tác tuyên truyền")': the heading a specialist finds the place by, when there is one. */
function sectionAround(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  let at = data;
  let heading = '';
  for (const key of path) {
    // The path comes from the edited file: only its own fields, never Object.prototype's.
    if ((!isRecord(at) && !Array.isArray(at)) || typeof key === 'symbol' || !Object.hasOwn(at, key)) break;
    at = (at as Record<PropertyKey, unknown>)[key];
    if (!isRecord(at)) continue;
    if (typeof at.code === 'string' && Array.isArray(at.blocks)) heading = typeof at.heading === 'string' ? at.heading : at.code;
    if (typeof at.title === 'string' && Array.isArray(at.subtitle)) heading = at.title;
  }
  return heading ? ` (mục "${heading}")` : '';
}

/** Where a problem is, as the JSON file and the printed report both name it. */
const placeIn = (data: unknown, path: ReadonlyArray<PropertyKey>) => `${path.length ? jsonPath(path) : 'Bản nháp'}${sectionAround(data, path)}`;

/** Checks an edited draft; throws InvalidInput with one line per problem, each naming its path ("sections[2].blocks[0].text: …"). */
export function parseReportDraft(data: unknown, what: string): ReportDocument {
  const parsed = reportDocumentSchema.safeParse(data, { error: plainVietnameseErrors });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: `${placeIn(data, issue.path)}: ${issue.message}` }));
    throw new InvalidInput(what, problems.map((p) => p.message), problems);
  }
  return parsed.data;
}

type Blocks = ReportDocument['opening'];
type Path = Array<string | number>;

/** Paragraphs still flagged as the machine's prompts, with their paths. */
function placeholders(doc: ReportDocument): Array<{ path: Path; text: string }> {
  const found: Array<{ path: Path; text: string }> = [];
  const blocks = (list: Blocks, path: Path) =>
    list.forEach((b, i) => {
      if (b.kind === 'paragraph' && b.placeholder) found.push({ path: [...path, i], text: b.text });
    });
  const sections = (list: ReportDocument['sections'], path: Path) =>
    list.forEach((s, i) => {
      blocks(s.blocks, [...path, i, 'blocks']);
      sections(s.children, [...path, i, 'children']);
    });
  blocks(doc.opening, ['opening']);
  sections(doc.sections, ['sections']);
  blocks(doc.closing, ['closing']);
  return found;
}

const excerpt = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** What the specialist should look at before sending the report up; rendering goes ahead. */
export function draftWarnings(doc: ReportDocument, settings?: OfficeSettings): string[] {
  const warnings = placeholders(doc).map(
    (p) => `${placeIn(doc, p.path)}: đoạn gợi ý của máy ("${excerpt(p.text)}") vẫn còn và được in nghiêng; sửa nội dung rồi xoá "placeholder": true.`,
  );
  // The signature image in the settings is the settings' signer's: a different name under it would be wrong.
  if (settings && settings.signer.name !== doc.signature.name) {
    warnings.push(
      `signature.name: bản nháp ghi người ký "${doc.signature.name}", cài đặt văn bản ghi "${settings.signer.name}"; báo cáo in theo bản nháp` +
        (settings.signatureImage ? ', với ảnh chữ ký trong cài đặt.' : '.'),
    );
  }
  return warnings;
}

/** "bao-cao-2023" from the year the summary speaks of, as `consolidate` names the report; else `fallback`. */
export function reportBaseName(doc: ReportDocument, fallback: string): string {
  const year = yearSpokenOf([doc.summary]);
  return year ? `bao-cao-${year}` : fallback;
}

export interface RenderedDraft {
  pdf: string;
  docx: string;
  warnings: string[];
}

/**
 * Renders a checked draft to `<baseName>.pdf` and `.docx` in `outDir`. Both are rendered before
 * either is written, so a font or image that cannot be read leaves the folder as it was.
 * Without settings (none stored, no file given) the decree's default margins are used.
 */
export async function renderDraft(doc: ReportDocument, settings: OfficeSettings | undefined, outDir: string, baseName: string): Promise<RenderedDraft> {
  const used = settings ?? defaultOfficeSettings;
  const { pdf, docx } = await writeReport(doc, used);
  const paths = { pdf: join(outDir, `${baseName}.pdf`), docx: join(outDir, `${baseName}.docx`) };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(paths.pdf, pdf);
  writeFileSync(paths.docx, docx);
  return { ...paths, warnings: draftWarnings(doc, settings) };
}
