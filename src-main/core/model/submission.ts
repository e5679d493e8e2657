import type { ExtractedValue, ListEntry } from './extraction';
import type { Finding } from './finding';
import type { SourceDocument, TextSection } from './source';
import type { FileKind } from '../readers/sniff';

/** How far a received file could be read. */
export type ReadStatus = 'read' | 'unreadable' | 'attachment';

/** What identification and the checks made of one received file: derived, computed again on every re-check. */
export interface Verdict {
  kind: string;
  unitCode: string | null;
  matchBy?: string;
  matchEvidence?: string;
  status: ReadStatus;
  hasTable: boolean;
  sections: TextSection[];
  values: ExtractedValue[];
  /** Entries of the template's lists (the lines of a schedule), each with its list's code; absent: none. */
  entries?: ListEntry[];
  findings: Finding[];
}

/** Where and how a received file came: its name, its place, the email it came in. */
export interface Arrived {
  fileName: string;
  origin: string;
  /** The email or standalone file it arrived in: files of one container are one submission. */
  container: string;
  sender?: string;
  subject?: string;
  receivedAt?: string;
}

/** One received file, read and checked, ready to be recorded. */
export interface ImportedFile extends Verdict, Arrived {
  bytes: Buffer;
}

/** A recorded file as consolidation sees it. */
export interface StoredSubmission {
  id: number;
  sha256: string;
  fileName: string;
  origin: string;
  container: string;
  sender: string | null;
  receivedAt: string | null;
  kind: string;
  unitCode: string | null;
  matchBy: string | null;
  matchEvidence: string | null;
  status: ReadStatus;
  hasTable: boolean;
  sections: TextSection[];
  values: ExtractedValue[];
  entries: ListEntry[];
  findings: Finding[];
}

/** What the readers made of one received file: the neutral document, or why there is none. */
export interface ReadOutcome {
  /** The file's kind as sniffed from its bytes ('xlsx', 'docx', 'pdf', 'image' …). */
  kind: FileKind;
  status: ReadStatus;
  doc: SourceDocument | null;
  findings: Finding[];
}

/** A received file as the store keeps it for a re-check: where it came from, and what was read. */
export interface ReceivedRecord extends Arrived {
  id: number;
  sha256: string;
  senderChain?: string[];
  /** Why the file (or the part of an email or archive) could not be opened at all; no bytes then. */
  problem?: string;
}
