import type { Template } from '../model/template';

/** How sure the inference is of a row: the reviewer looks at `low` rows first. */
export type Confidence = 'high' | 'medium' | 'low';

/** What was guessed about one row of the inferred template, for the reviewer. */
export interface InferredRowNote {
  code: string;
  /** Where the row's label is in the form ("Sheet1!B9", "bảng 1, hàng 7, cột 2"). */
  where: string;
  confidence: Confidence;
  /** Vietnamese, one guess each: "đoán số đo từ cột Đơn vị tính". */
  notes: string[];
}

export interface InferredTemplate {
  template: Template;
  /** One per template row, in the same order. */
  rows: InferredRowNote[];
  /** The table the template was taken from. */
  table: { name: string; headerWhere: string; bodyRows: number };
  /** Vietnamese notes on the whole form (columns not kept, other tables, no outline). */
  notes: string[];
}

/** The form has no table a template can be made from; the message names the file. */
export class TemplateInferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateInferenceError';
  }
}
