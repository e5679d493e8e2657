export type Severity = 'error' | 'warning' | 'info';

/** A problem with a received file, named so that a specialist can find and fix it. */
export interface Finding {
  severity: Severity;
  /** Stable rule id: 'sum-mismatch', 'missing-row', 'not-a-number', … */
  rule: string;
  /** Place in the file ("Sheet1!E8", "bảng 1, hàng 7, cột 4") or null for the whole file. */
  where: string | null;
  /** Vietnamese sentence for the specialist. */
  message: string;
}
