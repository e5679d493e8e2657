/** A file as it reached the office, before reading: from a folder, an email or an archive. */
export interface ReceivedFile {
  /** Display name (decoded attachment name, archive entry name, or file name). */
  name: string;
  /** Where it came from, outermost first: "hop-thu/thu1.eml › baocao.zip › BC.xlsx". */
  origin: string;
  bytes: Buffer;
  /** Sender address (lower case) when it came by email. */
  sender?: string;
  /** When it was received (ISO): the email's Date, else the file's modification time. */
  receivedAt?: string;
  /** Email subject, when it came by email. */
  subject?: string;
  /**
   * Senders of the nested emails it came through, outermost first, when it was forwarded
   * (an email attached to an email); `sender` is one of them.
   */
  senderChain?: string[];
}

/** A file or part of one that could not be opened at all, with the reason in Vietnamese. */
export interface InputProblem {
  origin: string;
  reason: string;
}

export interface ExpandedInput {
  files: ReceivedFile[];
  problems: InputProblem[];
}
