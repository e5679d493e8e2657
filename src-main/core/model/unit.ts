/** A reporting unit (school or centre) from the office's registry. */
export interface Unit {
  /** "Mã đơn vị" from the registry, or a code the app made for a unit not in it. */
  code: string;
  name: string;
  /** Lower-cased sender addresses known for the unit. */
  emails: string[];
  /** "Loại": MN, TH, THCS, TH&THCS, TTGDTX, TTHTCĐ … */
  type?: string;
  /** "Số học sinh": for the plausibility check on people. */
  students?: number;
}

/** How a received file was tied to a unit, so the specialist can see why. */
export interface UnitMatch {
  unit: Unit;
  by: 'email' | 'form' | 'document' | 'file-name' | 'manual';
  /** 0..1 */
  score: number;
  /** The text that matched ("Trường Tiểu học Liên Châu" in Sheet1!A2). */
  evidence: string;
}
