/**
 * The statistics table of each file, read against the template while the other files are
 * still being read: that thread otherwise waits for the reading threads, and reading a table
 * by meaning is most of the checks' time afterwards (58 schools: two thirds of it). The
 * checks take the table read ahead when it was read against the same template, else read it
 * themselves; so a round whose template is only known after the reading loses nothing.
 */
import { readTableOf, type TableReading } from '../form/form-extraction';
import { totalsDocument } from '../extract/own-workbook';
import type { SourceDocument } from '../model/source';
import type { Template } from '../model/template';

const ahead = new WeakMap<SourceDocument, { template: Template; table: TableReading }>();

/** A template's whole content, once per template object: two objects of one template read alike. */
const fingerprints = new WeakMap<Template, string>();
function fingerprint(template: Template): string {
  let known = fingerprints.get(template);
  if (known === undefined) {
    known = JSON.stringify(template);
    fingerprints.set(template, known);
  }
  return known;
}

const sameTemplate = (a: Template, b: Template) => a === b || fingerprint(a) === fingerprint(b);

/** A district's own workbook is read for its totals, not its schools. */
const readTable = (doc: SourceDocument, template: Template) => readTableOf(totalsDocument(doc), template);

/** The document's table as the checks read it. */
export function readStatisticsTable(doc: SourceDocument, template: Template): TableReading {
  return taken(doc, template) ?? readTable(doc, template);
}

/** The table read ahead for this document and template, once: a second analysis reads it again. */
function taken(doc: SourceDocument, template: Template): TableReading | undefined {
  const found = ahead.get(doc);
  ahead.delete(doc);
  return found && sameTemplate(found.template, template) ? found.table : undefined;
}

/** Whether a table read ahead waits for this document's checks (tests). */
export function hasTableAhead(doc: SourceDocument): boolean {
  return ahead.has(doc);
}

/** Reads the document's table now, for the checks to take later; undefined when the reading failed. */
export function readTableAhead(doc: SourceDocument, template: Template): TableReading | undefined {
  try {
    const table = readTable(doc, template);
    ahead.set(doc, { template, table });
    return table;
  } catch {
    // The checks read it again, and contain the failure with the file's name.
    return undefined;
  }
}

/**
 * Reads ahead the tables of the documents handed to it, one per turn of the event loop so the
 * reading threads' messages are answered in between, until `stop()`: what is left then is
 * read by the checks.
 */
export function tablesAhead(template: Template): { add(doc: SourceDocument | null): void; stop(): void } {
  const queue: SourceDocument[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  const turn = () => {
    readTableAhead(queue.shift()!, template);
    scheduled = queue.length ? setImmediate(turn) : undefined;
  };
  return {
    add(doc) {
      if (!doc) return;
      queue.push(doc);
      scheduled ??= setImmediate(turn);
    },
    stop() {
      clearImmediate(scheduled);
      scheduled = undefined;
      queue.length = 0;
    },
  };
}
