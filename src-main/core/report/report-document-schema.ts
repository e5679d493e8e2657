import { z } from 'zod';
import type { ReportAnnex, ReportBlock, ReportDocument, ReportHeading, ReportSection, ReportSignature, ReportTable, ReportTableCell } from './document';

/**
 * The drafted report as the specialist edits it (a JSON file, or the window's editor): every
 * field of document.ts, nothing else, so that a misspelt "txt" is reported rather than
 * printed as an empty paragraph. Kept in step with document.ts by the checks at the end.
 */

const cellSchema = z.strictObject({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
  colSpan: z.int().min(1).optional(),
  rowSpan: z.int().min(1).optional(),
});

/**
 * How many columns each row fills once the row spans from above are counted, walking the rows
 * as the renderers do (table-grid.ts). The renderers drop cells past the last column and pad a
 * short row with blanks, so a cell added or deleted by hand would shift or lose figures.
 */
function columnsFilled(rows: ReportTableCell[][], columns: number): number[] {
  const coveredRows: number[] = new Array(columns).fill(0);
  const coveredSpan: number[] = new Array(columns).fill(1);
  /** Columns from `c` on taken by spans from above, up to the first free one (or all, to the end). */
  const skipCovered = (from: number, toEnd: boolean): number => {
    let c = from;
    let skipped = 0;
    while (c < columns && (coveredRows[c] > 0 || toEnd)) {
      const span = coveredRows[c] > 0 ? coveredSpan[c] : 1;
      if (coveredRows[c] > 0) {
        coveredRows[c]--;
        skipped += span;
      }
      c += span;
    }
    return skipped;
  };
  return rows.map((row) => {
    let c = 0;
    for (const cell of row) {
      c += skipCovered(c, false);
      const span = cell.colSpan ?? 1;
      if (c < columns && (cell.rowSpan ?? 1) > 1) {
        coveredRows[c] = (cell.rowSpan ?? 1) - 1;
        coveredSpan[c] = span;
      }
      c += span;
    }
    return c + skipCovered(c, true);
  });
}

const tableSchema = z
  .strictObject({
    widths: z.array(z.number().positive()).min(1),
    header: z.array(z.array(cellSchema)),
    body: z.array(z.array(cellSchema)),
    fontSize: z.number().min(6).max(20),
    landscape: z.boolean(),
  })
  .superRefine((table, ctx) => {
    const columns = table.widths.length;
    columnsFilled([...table.header, ...table.body], columns).forEach((filled, i) => {
      if (filled === columns) return;
      const [part, row] = i < table.header.length ? ['header', i] : ['body', i - table.header.length];
      const problem = filled > columns ? 'nhiều ô hơn' : 'ít ô hơn';
      ctx.addIssue({ code: 'custom', path: [part, row], message: `hàng có ${problem} số cột của bảng (${filled} cột so với ${columns} cột theo "widths"); số liệu sẽ lệch cột` });
    });
  });

const blockSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('paragraph'), text: z.string(), placeholder: z.boolean().optional() }),
    z.strictObject({ kind: z.literal('table'), table: tableSchema }),
  ],
  { error: 'phải là một đoạn {"kind": "paragraph", "text": "…"} hoặc một bảng {"kind": "table", "table": { … }}' },
);

const sectionSchema = z.strictObject({
  code: z.string().min(1),
  heading: z.string().min(1),
  level: z.literal([1, 2]),
  blocks: z.array(blockSchema),
  get children(): z.ZodArray<typeof sectionSchema> {
    return z.array(sectionSchema);
  },
});

const headingSchema = z.strictObject({
  superiorBody: z.string(),
  officeName: z.string().min(1),
  numberLine: z.string(),
  nationalName: z.string().min(1),
  motto: z.string().min(1),
  placeDate: z.string().min(1),
});

const signatureSchema = z.strictObject({ authorityLine: z.string(), titleLine: z.string().min(1), name: z.string().min(1) });

const annexSchema = z.strictObject({ title: z.string().min(1), subtitle: z.array(z.string()), table: tableSchema });

export const reportDocumentSchema = z.strictObject({
  heading: headingSchema,
  docType: z.string().min(1),
  summary: z.string().min(1),
  recipients: z.array(z.string().min(1)).min(1),
  opening: z.array(blockSchema),
  sections: z.array(sectionSchema),
  closing: z.array(blockSchema),
  signature: signatureSchema,
  distribution: z.array(z.string().min(1)),
  annexes: z.array(annexSchema),
});

/** True only when A and B are the same type, optional fields included (mutual assignability would let those pass). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type InStep<T extends true> = T;

/** A field added to document.ts or to the schema alone fails the type check here. */
export type SchemaMatchesDocument = [
  InStep<Same<z.output<typeof cellSchema>, ReportTableCell>>,
  InStep<Same<z.output<typeof tableSchema>, ReportTable>>,
  InStep<Same<z.output<typeof blockSchema>, ReportBlock>>,
  InStep<Same<z.output<typeof sectionSchema>, ReportSection>>,
  InStep<Same<z.output<typeof headingSchema>, ReportHeading>>,
  InStep<Same<z.output<typeof signatureSchema>, ReportSignature>>,
  InStep<Same<z.output<typeof annexSchema>, ReportAnnex>>,
  InStep<Same<z.output<typeof reportDocumentSchema>, ReportDocument>>,
];
