/**
 * The school or centre a document speaks for, read from its first lines or its file name,
 * without a registry: the letterhead line "TRƯỜNG TIỂU HỌC LIÊN CHÂU", or the subject of
 * "Trường TH&THCS Vĩnh Bình Nam xây dựng kế hoạch …". The district office's line ("PHÒNG
 * GD&ĐT THANH OAI") and the template's title name no school and are passed over; lists
 * ("các trường Mầm non, Tiểu học, THCS") name none either.
 */
import { type NameToken, type TokenLine, cellNear, spanText, tokenizeLine, tokenizeText } from './name-tokens';
import { type UnitType, councilCommuneStart, isLocalityWord, skipLocality, typeAt } from './unit-names';

export interface SchoolName {
  type: UnitType;
  /** Proper name as it should be shown: "Liên Châu", "xã Kim An". */
  properName: string;
  /** The words found, as written, and where. */
  text: string;
  line: number;
  /** The line holds nothing but the name (a letterhead). */
  standalone: boolean;
}

const MAX_NAME_WORDS = 6;
const MAX_FILE_NAME_WORDS = 4;
/** Words before a type that make it generic: "các trường tiểu học". */
const GENERIC_BEFORE = new Set(['cac', 'nhung', 'moi', 'nhieu', 'toan']);
/** Words that may precede the name on a letterhead-like line. */
const LABEL_WORDS = new Set(['ten', 'don', 'vi', 'co', 'so', 'truong', 'bao', 'cao']);
/** Words that end a name in running text: the verb or preposition after the subject. */
const STOP_WORDS = new Set(['ve', 'da', 'nhu', 'tai', 'va', 'voi', 'cua', 'tren', 'theo', 'trong', 'ngay', 'thang', 'can', 'duoc']);
const STOP_PAIRS = new Set([
  'bao cao', 'ke hoach', 'to chuc', 'xay dung', 'thuc hien', 'trien khai', 'phat dong', 'huong ung',
  'tuan le', 'hoc tap', 'tong hop', 'ket qua', 'danh gia',
]);
/** Words of file names that are not part of the school's name. */
const FILE_STOP_WORDS = new Set([
  'bc', 'baocao', 'kh', 'kehoach', 'htsd', 'tlhtsd', 'tonghop', 'mau', 'bieu', 'final', 'file', 'sua',
]);
/** Verbs that follow a school named as the subject of the document's first sentence. */
const SUBJECT_VERBS = new Set(['bao cao', 'xay dung', 'to chuc', 'thuc hien', 'trien khai', 'phat dong', 'da']);

/** The school the text names for itself, or null when none or several are named. */
export function schoolNameInText(text: string): SchoolName | null {
  const lines = tokenizeText(text);
  const found = lines.flatMap((line) => namesInLine(line, cellNear(lines, line, -1), cellNear(lines, line, 1)));
  const standalone = found.find((f) => f.name.standalone);
  if (standalone) return standalone.name;
  const distinct = (list: Found[]) => new Set(list.map((f) => `${f.name.type}:${keyOf(f.name.properName)}`)).size;
  const subjects = found.filter((f) => f.asSubject);
  if (subjects.length && distinct(subjects) === 1) return subjects[0].name;
  if (found.length && distinct(found) === 1) return found[0].name;
  return null;
}

/** The school a file name names: "BC HTSĐ TH Lien Chau 2023.xlsx" → TH "Lien Chau". */
export function schoolNameInFileName(fileName: string): SchoolName | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const tokens = tokenizeLine(base);
  for (let i = 0; i < tokens.length; i++) {
    const at = typeAt(tokens, i);
    if (!at) continue;
    let end = at.end;
    while (end < tokens.length && end - at.end < MAX_FILE_NAME_WORDS && !endsFileName(tokens, end, at.end)) end++;
    const nameTokens = tokens.slice(at.end, end);
    if (nameTokens.some((t) => !isLocalityWord(t.folded))) {
      return {
        type: at.type,
        properName: nameTokens.map((t) => titleCase(t.raw, false)).join(' '),
        text: base.slice(tokens[i].start, tokens[end - 1].end),
        line: 1,
        standalone: false,
      };
    }
    i = at.end - 1;
  }
  return null;
}

interface Found {
  name: SchoolName;
  asSubject: boolean;
}

function namesInLine(line: TokenLine, above: TokenLine | undefined, below: TokenLine | undefined): Found[] {
  const { tokens } = line;
  const upper = isUpperCase(line.text);
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const at = typeAt(tokens, i);
    if (!at) {
      i++;
      continue;
    }
    const labelOnlyBefore = tokens.slice(0, i).every((t) => LABEL_WORDS.has(t.folded));
    const generic = GENERIC_BEFORE.has(tokens[at.start - 1]?.folded ?? '') || GENERIC_BEFORE.has(tokens[i - 1]?.folded ?? '');
    const end = generic ? at.end : nameEnd(tokens, at.end, upper);
    if (end > at.end) {
      found.push({
        name: {
          type: at.type,
          properName: properNameText(line, at.end, end, upper),
          text: spanText(line, i, end),
          line: line.number,
          standalone: labelOnlyBefore && end === tokens.length,
        },
        asSubject: SUBJECT_VERBS.has(pairAt(tokens, end)) || SUBJECT_VERBS.has(tokens[end]?.folded ?? ''),
      });
    } else if (labelOnlyBefore && at.end === tokens.length) {
      const split = (at.type === 'TTHTCĐ' && above ? communeOfCouncil(above) : null) ?? (below ? nameLine(below) : null);
      if (split) found.push({ name: { ...split, type: at.type, standalone: true }, asSubject: false });
    }
    i = Math.max(end, at.end);
  }
  return found;
}

/**
 * Index after the proper name starting at tokens[from]: locality words, then capitalised
 * words (any word on an upper-case line), up to a stop word or punctuation.
 */
function nameEnd(tokens: NameToken[], from: number, upper: boolean): number {
  const afterLocality = skipLocality(tokens, from);
  if (afterLocality >= tokens.length || typeAt(tokens, afterLocality)) return from;
  let end = afterLocality;
  while (end < tokens.length && end - afterLocality < MAX_NAME_WORDS) {
    const t = tokens[end];
    if (/[^ ]/.test(t.gapBefore) || STOP_WORDS.has(t.folded) || STOP_PAIRS.has(pairAt(tokens, end))) break;
    if (t.folded === 'nam' && /^\d/.test(tokens[end + 1]?.folded ?? '')) break;
    if (/^\d{3,}$/.test(t.folded)) break;
    if (!upper && !/^[\p{Lu}\p{N}]/u.test(t.raw)) break;
    end++;
  }
  if (end === afterLocality) return from;
  // An upper-case line that goes on past the name is a title, not a letterhead.
  if (upper && end - afterLocality >= MAX_NAME_WORDS && end < tokens.length) return from;
  return end;
}

function endsFileName(tokens: NameToken[], i: number, nameStart: number): boolean {
  const t = tokens[i];
  if (i > nameStart && /[^ _]/.test(t.gapBefore)) return true;
  return FILE_STOP_WORDS.has(t.folded) || STOP_PAIRS.has(pairAt(tokens, i)) || /^\d{3,}$/.test(t.folded)
    || (t.folded === 'nam' && /^\d/.test(tokens[i + 1]?.folded ?? '')) || typeAt(tokens, i) !== null;
}

/** "UBND XÃ KIM AN" above a bare "TRUNG TÂM HTCĐ": the centre of that commune. */
function communeOfCouncil(line: TokenLine): Omit<SchoolName, 'type' | 'standalone'> | null {
  const start = councilCommuneStart(line.tokens);
  if (start < 0) return null;
  return { properName: properNameText(line, start, line.tokens.length, isUpperCase(line.text)), text: line.text, line: line.number };
}

/** The line under a bare "TRƯỜNG TIỂU HỌC" when it is nothing but a name ("LIÊN CHÂU"). */
function nameLine(line: TokenLine): Omit<SchoolName, 'type' | 'standalone'> | null {
  const upper = isUpperCase(line.text);
  const { tokens } = line;
  if (!tokens.length || typeAt(tokens, 0) || councilCommuneStart(tokens) >= 0 || nameEnd(tokens, 0, upper) !== tokens.length) return null;
  return { properName: properNameText(line, 0, tokens.length, upper), text: line.text, line: line.number };
}

function properNameText(line: TokenLine, from: number, to: number, upper: boolean): string {
  if (!upper) return spanText(line, from, to);
  return line.tokens.slice(from, to).map((t) => titleCase(t.raw, isLocalityWord(t.folded))).join(' ');
}

function titleCase(word: string, keepLower: boolean): string {
  const lower = word.toLocaleLowerCase('vi');
  return keepLower ? lower : lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

function pairAt(tokens: NameToken[], i: number): string {
  return `${tokens[i]?.folded ?? ''} ${tokens[i + 1]?.folded ?? ''}`;
}

function keyOf(properName: string): string {
  const tokens = tokenizeLine(properName);
  return tokens.slice(skipLocality(tokens, 0)).map((t) => t.folded).join('');
}
