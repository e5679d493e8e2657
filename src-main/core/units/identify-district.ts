/**
 * Which district office sent a file, in a round of the province: by the sender's address,
 * then the office's own heading ("UBND HUYỆN CHÂU THÀNH", "PHÒNG GD&ĐT HUYỆN CHÂU THÀNH",
 * "Đơn vị báo cáo: …"), then the file name. The schools a district's report names (its
 * annex, its paragraphs) are never evidence: they are its schools, not its senders.
 */
import { baseName, type Decision, distinctUnits, found, type IdentifyInput, type IdentifyResult, letterheadDecision, mentionEvidence, names, senderNote } from './identify';
import { normaliseAddress } from './email-address';
import { type DistrictMention, DistrictNameIndex, districtOfficeName, parseDistrictName } from './district-names';
import { tokenizeText } from './name-tokens';

const SCORE = { email: 1, letterhead: 0.9, sentence: 0.75, fileName: 0.6 };

export function identifyDistrict(input: IdentifyInput): IdentifyResult {
  const file = `'${baseName(input.fileName)}'`;
  const sender = normaliseAddress(input.sender);
  const bySender = sender ? input.units.filter((u) => u.emails.includes(sender)) : [];
  if (bySender.length === 1) return found(bySender[0], 'email', SCORE.email, `địa chỉ gửi ${sender} có trong danh sách của đơn vị`);
  // A province has tens of districts, not thousands of schools: the index is made afresh, with the offices made so far.
  const index = new DistrictNameIndex(bySender.length > 1 ? bySender : input.units);
  const inHeading = decideHeading(index.mentions(input.headerText ?? ''));
  if (inHeading.kind === 'one') return found(inHeading.unit, 'document', inHeading.score, inHeading.evidence);
  const inFileName = distinctUnits(index.fileNameMentions(input.fileName));
  if (inHeading.kind === 'many') {
    const one = inFileName.length === 1 && inHeading.units.includes(inFileName[0]) ? inFileName[0] : null;
    if (one) return found(one, 'file-name', SCORE.fileName, `tên tệp ${file} nêu ${one.name}, một trong các đơn vị phần đầu văn bản nêu tên`);
    return { match: null, reason: `Không xác định được đơn vị gửi tệp ${file}: phần đầu văn bản nêu tên nhiều đơn vị (${names(inHeading.units)})${senderNote(sender, bySender)}` };
  }
  if (inFileName.length === 1) return found(inFileName[0], 'file-name', SCORE.fileName, `tên tệp ${file} nêu ${inFileName[0].name}`);
  if (inFileName.length > 1) {
    return { match: null, reason: `Không xác định được đơn vị gửi tệp ${file}: tên tệp hợp với nhiều đơn vị (${names(inFileName)})${senderNote(sender, bySender)}` };
  }
  return {
    match: null,
    reason: `Không xác định được đơn vị gửi: tên tệp ${file} và phần đầu văn bản không nêu tên Phòng GD&ĐT, huyện, quận, thị xã hay thành phố nào trong danh sách${unknownDistrictNote(input.headerText)}${senderNote(sender, bySender)}`,
  };
}

/** A letterhead naming one office decides; else one office named in the first sentences. */
function decideHeading(mentions: DistrictMention[]): Decision {
  const byLetterhead = letterheadDecision(mentions, SCORE.letterhead);
  if (byLetterhead) return byLetterhead;
  const units = distinctUnits(mentions);
  if (units.length === 1) return { kind: 'one', unit: units[0], score: SCORE.sentence, evidence: mentionEvidence(mentions[0]) };
  return units.length ? { kind: 'many', units } : { kind: 'none' };
}

/**
 * The letterhead: a Word report's first lines, a workbook's first sheet's title rows, each
 * beginning its line. Further down, or after a code or a number, a line naming an office is a
 * table's row (a province's list of its districts).
 */
const HEADING_LINES = 5;

/**
 * The office a heading line names for itself when the registry lacks it ("UBND HUYỆN CHÂU
 * THÀNH", "PHÒNG GD&ĐT TP. BẾN TRE"), as the name the app gives it; null when none does.
 */
export function districtInHeading(headerText: string): { name: string; text: string } | null {
  for (const line of tokenizeText(headerText).filter((l) => l.number <= HEADING_LINES && l.column === 0)) {
    const parsed = parseDistrictName(line.text);
    if (parsed.kind && parsed.words.length && parsed.words.length <= 4) return { name: districtOfficeName(parsed.kind, titleCase(parsed.properName)), text: line.text };
  }
  return null;
}

function unknownDistrictNote(headerText: string | undefined): string {
  const district = headerText ? districtInHeading(headerText) : null;
  return district ? `; phần đầu văn bản nêu "${district.text}" nhưng đơn vị này không có trong danh sách` : '';
}

function titleCase(name: string): string {
  return name
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

