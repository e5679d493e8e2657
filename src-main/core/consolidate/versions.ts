import type { StoredSubmission } from '../model/submission';

/** A unit's files split into the one submission that counts and the older versions. */
export interface UnitVersions {
  /** Files of the counted submission (its email or standalone file). */
  counted: StoredSubmission[];
  /** The file whose table is counted, if any. */
  table: StoredSubmission | null;
  superseded: StoredSubmission[];
}

/** Newest first: the email's date, else the file's time; unknown dates count as oldest. */
export function newestFirst(a: StoredSubmission, b: StoredSubmission): number {
  const ta = a.receivedAt ?? '';
  const tb = b.receivedAt ?? '';
  if (ta !== tb) return ta < tb ? 1 : -1;
  return b.id - a.id;
}

/**
 * The newest submission with a readable table counts; every other table is kept as
 * superseded (an identical resend too: its bytes are the same, so it is never counted twice).
 * Without any table, the newest submission is the one the specialist must act on.
 */
export function pickVersions(subs: StoredSubmission[]): UnitVersions {
  const sorted = [...subs].sort(newestFirst);
  const table = sorted.find((s) => s.hasTable && s.status === 'read') ?? null;
  const countedContainer = (table ?? sorted[0])?.container;
  const counted = sorted.filter((s) => s.container === countedContainer);
  const superseded = sorted.filter((s) => s.container !== countedContainer && (s.hasTable || s.kind === 'docx' || s.kind === 'xlsx'));
  return { counted, table, superseded };
}
