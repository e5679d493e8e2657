/**
 * What the schools wrote under each outline section, gathered for the district's narrative:
 * each paragraph attributed to the units that wrote it ("(Trường TH Liên Châu)"). Schools
 * copy the same guideline sentences, so identical paragraphs are given once with every unit.
 */

import type { UnitResult } from '../model/consolidation';
import type { OutlineSection } from '../model/template';
import { mapSectionsToOutline } from '../checks/narrative-outline-map';
import { cleanText, fold } from '../text/vietnamese';

/** A school paragraph shorter than this is a stray label ("Cụ thể:"), not content. */
const MIN_LENGTH = 15;
/** Longer paragraphs are cut at a sentence end: the draft is a digest, not a copy. */
const MAX_LENGTH = 600;

export interface DigestLimits {
  /** Paragraphs taken from one unit for one section. */
  perUnit: number;
  /** Paragraphs per section; the rest are counted in a closing line. */
  perSection: number;
}

export const defaultDigestLimits: DigestLimits = { perUnit: 3, perSection: 60 };

export interface DigestItem {
  text: string;
  units: string[];
}

export interface SectionDigest {
  items: DigestItem[];
  /** Paragraphs left out by the limits. */
  omitted: number;
}

function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return end > MAX_LENGTH / 2 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/u, '')} …`;
}

/** "- Cần có sự quan tâm …;" → "Cần có sự quan tâm …" */
function tidy(paragraph: string): string {
  return cleanText(paragraph)
    .replace(/^(?:[-+*•–]|\d+\s*\+)\s*/u, '')
    .replace(/[\s;,.:]+$/u, '');
}

/** Paragraphs of every reporting unit, by the outline section (code) they were written under. */
export function digestBySection(
  units: UnitResult[],
  outline: OutlineSection[],
  limits: DigestLimits = defaultDigestLimits,
): Map<string, SectionDigest> {
  const byKey = new Map<string, Map<string, DigestItem>>();
  const omitted = new Map<string, number>();

  for (const unit of units) {
    if (unit.status === 'missing') continue;
    const taken = new Map<string, number>();
    // A heading the outline does not know is the school's own sub-heading: its text belongs
    // to the section above it.
    let current: string | null = null;
    for (const { code, section } of mapSectionsToOutline(unit.sections, outline)) {
      current = code ?? current;
      if (!current) continue;
      for (const raw of section.paragraphs) {
        const text = tidy(raw);
        // A paragraph wholly in brackets is an aside or a prompt left unedited ("(Chưa có đơn vị
        // nào báo cáo nội dung này; đề nghị bổ sung.)" in a district's own draft), not content.
        if (text.length < MIN_LENGTH || /^\(.*\)$/u.test(text)) continue;
        const items = byKey.get(current) ?? new Map<string, DigestItem>();
        byKey.set(current, items);
        const key = fold(text);
        const same = items.get(key);
        if (same) {
          if (!same.units.includes(unit.name)) same.units.push(unit.name);
          continue;
        }
        const n = taken.get(current) ?? 0;
        if (n >= limits.perUnit || items.size >= limits.perSection) {
          omitted.set(current, (omitted.get(current) ?? 0) + 1);
          continue;
        }
        taken.set(current, n + 1);
        items.set(key, { text: shorten(text), units: [unit.name] });
      }
    }
  }

  const result = new Map<string, SectionDigest>();
  for (const [code, items] of byKey) result.set(code, { items: [...items.values()], omitted: omitted.get(code) ?? 0 });
  return result;
}
