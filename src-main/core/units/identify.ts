/**
 * Which unit sent a file: by the sender's address, then by the name in the document, then by
 * the file name (architecture.md, "--units"). It never guesses: when the evidence is missing,
 * weak or points to several units, there is no match and the reason says why, in Vietnamese.
 */
import type { Unit, UnitMatch } from '../model/unit';
import { normaliseAddress } from './email-address';
import { schoolNameInText } from './school-name-in-text';
import { type UnitMention, UnitNameIndex, mentionsAnyType } from './unit-mentions';
import { unitDisplayName } from './unit-names';

export interface IdentifyInput {
  fileName: string;
  sender?: string;
  /** The first lines of the document (SourceDocument.headerText). */
  headerText?: string;
  units: Unit[];
}

export interface IdentifyResult {
  match: UnitMatch | null;
  /** Why this unit, or why none: shown to the specialist. */
  reason: string;
}

export type Decision =
  | { kind: 'none' }
  | { kind: 'one'; unit: Unit; score: number; evidence: string }
  | { kind: 'many'; units: Unit[] };

const SCORE = { email: 1, letterhead: 0.9, sentence: 0.75, mostNamed: 0.6, fileName: 0.6, fileNameWithoutType: 0.4 };

/**
 * Parsing every unit's name for every file made a district of 2,000 files quadratic: the
 * index of a unit list is kept, and units appended to the same list since are added to it.
 */
const indexes = new WeakMap<Unit[], { size: number; index: UnitNameIndex }>();

function indexOf(units: Unit[]): UnitNameIndex {
  const cached = indexes.get(units);
  if (!cached || cached.size > units.length) {
    const index = new UnitNameIndex(units);
    indexes.set(units, { size: units.length, index });
    return index;
  }
  for (let i = cached.size; i < units.length; i++) cached.index.add(units[i]);
  cached.size = units.length;
  return cached.index;
}

export function identifyUnit(input: IdentifyInput): IdentifyResult {
  const file = `'${baseName(input.fileName)}'`;
  const sender = normaliseAddress(input.sender);
  const bySender = sender ? input.units.filter((u) => u.emails.includes(sender)) : [];
  const candidates = bySender.length > 1 ? bySender : input.units;
  const index = indexOf(candidates);
  const inDocument = decideDocument(index.typedMentions(input.headerText ?? ''));
  const inFileName = decideFileName(index, input.fileName);

  if (bySender.length === 1) {
    const unit = bySender[0];
    const other = inDocument.kind === 'one' && inDocument.unit !== unit ? `; lưu ý: nội dung văn bản nêu ${inDocument.unit.name}` : '';
    return found(unit, 'email', SCORE.email, `địa chỉ gửi ${sender} có trong danh sách của đơn vị${other}`);
  }
  if (inDocument.kind === 'one') {
    const other = inFileName.kind === 'one' && inFileName.unit !== inDocument.unit ? `; lưu ý: tên tệp ${file} lại nêu ${inFileName.unit.name}` : '';
    return found(inDocument.unit, 'document', inDocument.score, inDocument.evidence + other);
  }
  if (inDocument.kind === 'many') {
    if (inFileName.kind === 'one' && inDocument.units.includes(inFileName.unit)) {
      return found(inFileName.unit, 'file-name', SCORE.fileName, `${inFileName.evidence}, một trong các đơn vị nội dung văn bản nêu tên`);
    }
    return { match: null, reason: `Không xác định được đơn vị gửi tệp ${file}: nội dung văn bản nêu tên nhiều đơn vị (${names(inDocument.units)})${senderNote(sender, bySender)}` };
  }
  if (inFileName.kind === 'one') return found(inFileName.unit, 'file-name', inFileName.score, inFileName.evidence);
  if (inFileName.kind === 'many') {
    return { match: null, reason: `Không xác định được đơn vị gửi tệp ${file}: tên tệp hợp với nhiều đơn vị (${names(inFileName.units)})${senderNote(sender, bySender)}` };
  }
  return { match: null, reason: `Không xác định được đơn vị gửi: tên tệp ${file} và nội dung không nêu tên trường${bySender.length > 1 ? '' : unknownSchoolNote(input.headerText)}${senderNote(sender, bySender)}` };
}

export function found(unit: Unit, by: UnitMatch['by'], score: number, evidence: string): IdentifyResult {
  return { match: { unit, by, score, evidence }, reason: `${unit.name} (${unit.code}): ${evidence}` };
}

/**
 * A letterhead line naming one unit decides; otherwise one unit named in the text; otherwise
 * the unit named first and more often than any other.
 */
function decideDocument(mentions: UnitMention[]): Decision {
  const byLetterhead = letterheadDecision(mentions, SCORE.letterhead);
  if (byLetterhead) return byLetterhead;
  const units = distinctUnits(mentions);
  if (units.length === 0) return { kind: 'none' };
  const first = mentions[0];
  if (units.length === 1) return { kind: 'one', unit: first.unit, score: SCORE.sentence, evidence: mentionEvidence(first) };
  const count = (u: Unit) => mentions.filter((m) => m.unit === u).length;
  const firstCount = count(first.unit);
  if (firstCount >= 2 && units.every((u) => u === first.unit || count(u) < firstCount)) {
    return {
      kind: 'one',
      unit: first.unit,
      score: SCORE.mostNamed,
      evidence: `tên "${first.text}" ở dòng ${first.line} phần đầu văn bản, được nêu ${firstCount} lần, nhiều hơn các đơn vị khác (${names(units.filter((u) => u !== first.unit))})`,
    };
  }
  return { kind: 'many', units };
}

/** A unit named where the document names itself or in its text, as identification sees it. */
export interface NamedMention {
  unit: Unit;
  line: number;
  text: string;
  /** The line holds nothing but the name (a letterhead line). */
  standalone: boolean;
}

/** A letterhead line naming one unit decides, several disagree; null when no line is one. */
export function letterheadDecision(mentions: NamedMention[], score: number): Decision | null {
  const letterheads = distinctUnits(mentions.filter((m) => m.standalone));
  if (letterheads.length > 1) return { kind: 'many', units: letterheads };
  const m = letterheads.length ? mentions.find((x) => x.standalone && x.unit === letterheads[0]) : undefined;
  return m ? { kind: 'one', unit: m.unit, score, evidence: mentionEvidence(m) } : null;
}

export function mentionEvidence(m: NamedMention): string {
  return `tên "${m.text}" ở dòng ${m.line} phần đầu văn bản`;
}

/** The type and name in the file name; the name alone only when the file name has no type at all. */
function decideFileName(index: UnitNameIndex, fileName: string): Decision {
  const base = baseName(fileName).replace(/\.[a-z0-9]{1,5}$/i, '');
  const typed = index.typedMentions(base);
  const mentions = typed.length || mentionsAnyType(base) ? typed : index.untypedMentions(base);
  const units = distinctUnits(mentions);
  if (units.length === 0) return { kind: 'none' };
  if (units.length > 1) return { kind: 'many', units };
  const withType = typed.length > 0;
  return {
    kind: 'one',
    unit: units[0],
    score: withType ? SCORE.fileName : SCORE.fileNameWithoutType,
    evidence: `tên tệp '${baseName(fileName)}' có "${mentions[0].text}"${withType ? '' : ' (chỉ có tên riêng, không có loại trường; chỉ một đơn vị trong danh sách có tên này)'}`,
  };
}

export function senderNote(sender: string | undefined, bySender: Unit[]): string {
  if (!sender) return '';
  if (bySender.length > 1) return `; địa chỉ gửi ${sender} dùng chung cho nhiều đơn vị (${names(bySender)})`;
  return `; địa chỉ gửi ${sender} không có trong danh sách đơn vị`;
}

/** A school named in the document that the registry lacks: worth telling, so the registry can be fixed. */
function unknownSchoolNote(headerText: string | undefined): string {
  const school = headerText ? schoolNameInText(headerText) : null;
  return school ? `; nội dung nêu "${school.text}" (${unitDisplayName(school.type, school.properName)}) nhưng đơn vị này không có trong danh sách` : '';
}

export function distinctUnits(mentions: NamedMention[]): Unit[] {
  return [...new Set(mentions.map((m) => m.unit))];
}

export function names(units: Unit[]): string {
  return units.map((u) => u.name).join(', ');
}

export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}
