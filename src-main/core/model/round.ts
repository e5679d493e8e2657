import type { FileFinding, UnitStatus } from './consolidation';
import type { ExtractedValue, Figures } from './extraction';
import type { Finding } from './finding';
import type { MeasureKey } from './template';

/** Who reports to the office in a round: schools to a district, districts to a province. */
export type RoundLevel = 'school' | 'district';

/** The reporting round (đợt báo cáo): the unit of work, stored. */
export interface Round {
  id: number;
  name: string;
  templateId: string;
  templateVersion: string;
  level: RoundLevel;
  year: number;
  /** ISO dates (yyyy-mm-dd) of the campaign's week and the deadline for reports. */
  weekStart: string;
  weekEnd: string;
  deadline: string;
  /** A closed round is locked: no import, decision or consolidation until it is reopened. */
  closed: boolean;
  createdAt: string;
}

/** The round's progress at a glance, for its card on the home screen. */
export interface RoundProgress {
  expected: number;
  received: number;
  late: number;
  withErrors: number;
  accepted: number;
  returned: number;
  unidentified: number;
}

export interface RoundOverview extends Round {
  progress: RoundProgress;
}

/** The state of a unit on the board (ui.md "States and their words"). */
export type BoardState = 'missing' | 'received' | 'errors' | 'accepted' | 'returned';

export interface BoardRow {
  unitCode: string;
  unitName: string;
  /** MN, TH, THCS … */
  unitType: string | null;
  state: BoardState;
  late: boolean;
  /** ISO time the counted version was received. */
  receivedAt: string | null;
  errors: number;
  warnings: number;
  /** In the registry, or a unit the app made from a document. */
  inRegistry: boolean;
  /**
   * Its numbers are in the totals: an accepted report, and a received one without errors
   * (shown as 'received' until the specialist accepts it).
   */
  inTotals: boolean;
}

/** A unit the app proposes for a file it could not tie, best first. */
export interface UnitSuggestion {
  unitCode: string;
  unitName: string;
  /** Why: "địa chỉ gửi", "tên trong tệp: Trường TH Cao Dương (Sheet1!A2)". */
  why: string;
}

export interface UnidentifiedFile {
  fileId: number;
  fileName: string;
  origin: string;
  sender: string | null;
  receivedAt: string | null;
  reason: string;
  suggestions: UnitSuggestion[];
}

export interface Board {
  round: RoundOverview;
  rows: BoardRow[];
  unidentified: UnidentifiedFile[];
}

/** What became of one file of an import batch. */
export type BatchFileOutcome = 'tied' | 'unidentified' | 'unreadable' | 'attachment' | 'already-there';

export interface BatchFile {
  fileId: number | null;
  fileName: string;
  origin: string;
  outcome: BatchFileOutcome;
  unitCode: string | null;
  unitName: string | null;
  reason: string | null;
}

/** One import into a round: when, from where, how many files, what became of each. */
export interface ImportBatch {
  id: number;
  roundId: number;
  at: string;
  /** Where the files came from ("Tải lên: 12 tệp", "/home/…/hop-thu", "hộp thư office@…"). */
  source: string;
  counts: Record<BatchFileOutcome, number>;
  files: BatchFile[];
}

/** A received file as the specialist sees it in a unit's report. */
export interface ReceivedFileView {
  fileId: number;
  fileName: string;
  origin: string;
  kind: string;
  sender: string | null;
  receivedAt: string | null;
  late: boolean;
  /** 'read' | 'unreadable' | 'attachment' */
  readStatus: string;
  /** This file's submission counts; the others are older versions (superseded). */
  counted: boolean;
  /** How it was tied to the unit: 'email' | 'form' | 'document' | 'file-name' | 'manual'. */
  matchBy: string | null;
  matchEvidence: string | null;
}

/** One cell of a table as read, with its place in the file. */
export interface CellView {
  text: string;
  where: string;
}

/** A table (sheet or Word table) as read from the original, for the right-hand side. */
export interface TableView {
  fileId: number;
  name: string;
  rows: CellView[][];
}

/** A value of the unit's table as the app uses it (corrected, when the specialist corrected it). */
export interface ValueView extends ExtractedValue {
  /** When corrected: the value the file had, and who changed it, when and why. */
  corrected?: { from: number; reason: string; by: string; at: string; decisionId: number };
}

export interface FindingView extends Finding {
  id: string;
  fileId: number | null;
  /** A warning the specialist accepted (with the decision that did it). */
  accepted?: { decisionId: number; by: string; at: string };
}

/** A manual decision: audited and undoable; it survives every re-check. */
export type DecisionKind = 'tie' | 'correct' | 'accept' | 'return';

export interface Decision {
  id: number;
  roundId: number;
  kind: DecisionKind;
  /** The unit it is about (for 'tie': the unit the file was tied to; null for untying). */
  unitCode: string | null;
  fileId: number | null;
  /** For 'correct': row code and measure; the new value. */
  row?: string;
  measure?: MeasureKey;
  value?: number;
  /** For 'correct': the value as the file had it. */
  oldValue?: number;
  /** For 'correct': the cell of the file whose value was replaced. */
  cell?: string;
  /** For 'accept': the findings (by id) accepted with the report. */
  warnings?: string[];
  reason: string;
  by: string;
  at: string;
  /** Set when undone. */
  undoneAt?: string;
  undoneBy?: string;
}

export interface UnitReport {
  round: Round;
  unitCode: string;
  unitName: string;
  state: BoardState;
  late: boolean;
  files: ReceivedFileView[];
  values: ValueView[];
  findings: FindingView[];
  tables: TableView[];
  /** The narrative as read, by section, of the counted Word report. */
  sections: Array<{ heading: string; paragraphs: string[] }>;
  /** The reason given when the report was returned to the school. */
  returnReason: string | null;
  history: Decision[];
}

/** One received file on its own (an unidentified one, most often), with the app's suggestions. */
export interface FileReport {
  round: Round;
  file: ReceivedFileView;
  /** The unit it is tied to, if any. */
  unitCode: string | null;
  unitName: string | null;
  /** Why it is tied to that unit, or why to none. */
  reason: string | null;
  findings: FindingView[];
  tables: TableView[];
  sections: Array<{ heading: string; paragraphs: string[] }>;
  /** Units it may be from, best first. */
  suggestions: UnitSuggestion[];
  history: Decision[];
}

/** A stored consolidation of a round, in versions. */
export interface ConsolidationView {
  roundId: number;
  version: number;
  at: string;
  by: string;
  totals: Figures;
  units: Array<{ code: string; name: string; status: UnitStatus; late: boolean; why: string | null }>;
  findings: FileFinding[];
  /** The outputs written for this version (paths in the store's folder). */
  outputs: StoredOutput[];
}

export type OutputKind = 'xlsx' | 'province-xlsx' | 'pdf' | 'docx' | 'draft';

export interface StoredOutput {
  id: number;
  kind: OutputKind;
  fileName: string;
  at: string;
}
