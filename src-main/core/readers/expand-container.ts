/**
 * What a container (an email, an Outlook message, an archive) holds one level down. Each
 * reader lists its direct children; expand-received.ts walks the levels, hands down the
 * sender and date, and enforces the depth limit.
 */
import type { InputProblem, ReceivedFile } from '../model/received';
import type { ExpandBudget } from './expand-limits';

/** Who sent an email, when and about what: applies to everything attached to it. */
export interface Envelope {
  sender?: string;
  receivedAt?: string;
  subject?: string;
}

export interface ContainerContents {
  /** Direct children, named and with their full origin; sender/date come from the envelope. */
  files: ReceivedFile[];
  problems: InputProblem[];
  /** Set by the email readers. */
  envelope?: Envelope;
}

/** Reads one level of a container; never throws, `budget.take` is called before each child is unpacked. */
export type ContainerReader = (bytes: Buffer, origin: string, budget: ExpandBudget) => Promise<ContainerContents>;

/** "thu.eml › baocao.zip › BC.xlsx" */
export function childOrigin(parentOrigin: string, label: string): string {
  return `${parentOrigin} › ${label}`;
}
