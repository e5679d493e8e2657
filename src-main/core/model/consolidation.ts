import type { Figures, ExtractedValue, ListEntry } from './extraction';
import type { Finding } from './finding';
import type { TextSection } from './source';
import type { RoundLevel } from './round';
import type { MeasureKey, Template } from './template';

export type UnitStatus = 'accepted' | 'rejected' | 'missing';

/** A finding tied to the file (and unit, when known) it was found in. */
export interface FileFinding extends Finding {
  /** Unit code, or null when the file is tied to no unit. */
  unit: string | null;
  file: string;
}

/** The reporting round: the week's dates and the deadline follow from the year. */
export interface Campaign {
  year: number;
  /** ISO dates (yyyy-mm-dd). */
  weekStart: string;
  weekEnd: string;
  deadline: string;
}

/** One number of a district's school as the district's own workbook recorded it: the school's file and cell. */
export interface SchoolValue {
  row: string;
  measure: MeasureKey;
  value: number;
  /** The school's file as the district received it. */
  file: string;
  /** Its place in that file ("Biểu mẫu!D8", "bảng 2, hàng 7, cột 4"). */
  where: string;
}

/** A school of a district, with its numbers, from the district's own workbook (its sources sheet). */
export interface SchoolDetail {
  code: string;
  name: string;
  /** Its state at the district, in the district's words ("Đã tiếp nhận"). */
  status: string;
  values: SchoolValue[];
}

export interface UnitResult {
  code: string;
  name: string;
  status: UnitStatus;
  /** Received after the campaign's deadline. */
  late: boolean;
  /** Files of the counted submission. */
  files: string[];
  /** The one file of them its numbers were read from, when it sent a table. */
  tableFile?: string;
  /** The stored file whose table counts (else the newest file), when anything was received. */
  countedFileId?: number;
  /** The specialist accepted it despite its errors, or returned it to the school. */
  decision?: 'accept' | 'return';
  /** Older versions, kept but not counted. */
  superseded: string[];
  /** The unit's numbers (empty when missing). */
  figures: Figures;
  /** Every number with its cell, for traceability. */
  values: ExtractedValue[];
  /** The lines of the template's lists it sent (its schedule), each with its row in the file; absent when none. */
  entries?: ListEntry[];
  /** Narrative of the unit's Word report, by section (empty when it sent none). */
  sections: TextSection[];
  /** When the counted submission was received (ISO), if known. */
  receivedAt?: string;
  /** Address it came from, if it came by email. */
  sender?: string;
  /** A district's schools, when it sent this app's workbook: the province drills down to a school's file and cell. */
  schools?: SchoolDetail[];
}

export interface Unidentified {
  file: string;
  reason: string;
}

export interface ConsolidationResult {
  template: Template;
  /** Who reported: schools to a district (also when absent, as in consolidations stored before levels), or districts to a province. */
  level?: RoundLevel;
  campaign: Campaign;
  units: UnitResult[];
  unidentified: Unidentified[];
  /** Sum over accepted units for every measured row of the template. */
  totals: Figures;
  /** Each of the template's lists compiled from the accepted units (absent for a template of fixed rows). */
  lists?: CompiledList[];
  findings: FileFinding[];
}

/** A line of a compiled list: a unit's entry, numbered in the district's order. */
export interface CompiledEntry {
  /** TT: the line's number in the compiled, sorted list (1, 2, …). */
  number: number;
  unit: string;
  unitName: string;
  /** The file the entry was read from. */
  file: string;
  entry: ListEntry;
}

/** A template's list compiled from the accepted units: appended, sorted, renumbered. */
export interface CompiledList {
  code: string;
  title: string;
  entries: CompiledEntry[];
  /** Per accepted unit that sent entries: how many it has in the list, and its repeated lines counted once. */
  perUnit: Array<{ unit: string; name: string; count: number; repeated: number }>;
}
