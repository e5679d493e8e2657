import { defineStore } from 'pinia';
import { markRaw } from 'vue';
import type { Template } from '../../../src-main/api/contract';

/** How many edits "Hoàn tác" can take back. */
const UNDO_DEPTH = 50;

/** What the app guessed about one row when it read the province's form, for the reviewer. */
export interface RowNote {
  row: string;
  message: string;
}

const sameAs = (t: Template | null, saved: string) => t !== null && JSON.stringify(t) === saved;

/**
 * The template open in the editor: the working copy, the edits that led to it (undo), the
 * copy last saved (unsaved changes), and where it came from (a stored template, the
 * province's form it was read from, a shared file).
 */
export const useTemplateEditor = defineStore('template-editor', {
  state: () => ({
    template: null as Template | null,
    /** The earlier copies with their notes, newest last; each edit pushes one. */
    past: [] as Array<{ template: Template; notes: RowNote[] }>,
    saved: '',
    /** The stored template this copy came from (id and version), or null for a new one. */
    storedAs: null as { id: string; version: string } | null,
    /** The form the template was read from, and what was guessed per row. */
    source: '',
    notes: [] as RowNote[],
  }),
  getters: {
    dirty: (s) => s.template !== null && !sameAs(s.template, s.saved),
    canUndo: (s) => s.past.length > 0,
    notesOf: (s) => (code: string) => s.notes.filter((n) => n.row === code).map((n) => n.message),
  },
  actions: {
    open(template: Template, opts: { storedAs?: { id: string; version: string } | null; source?: string; notes?: RowNote[] } = {}) {
      this.template = markRaw(template);
      this.past = [];
      this.saved = opts.storedAs ? JSON.stringify(template) : '';
      this.storedAs = opts.storedAs ?? null;
      this.source = opts.source ?? '';
      this.notes = opts.notes ?? [];
    },
    close() {
      this.$reset();
    },
    /** One edit (a function of the template to the next); a rename carries the row's notes with it. */
    apply(edit: (t: Template) => Template, renamed?: { from: string; to: string }) {
      if (!this.template) return;
      const next = edit(this.template);
      if (next === this.template) return;
      this.past = [...this.past, { template: this.template, notes: this.notes }].slice(-UNDO_DEPTH);
      this.template = markRaw(next);
      if (renamed) this.notes = this.notes.map((n) => (n.row === renamed.from ? { ...n, row: renamed.to } : n));
    },
    undo() {
      const previous = this.past.at(-1);
      if (!previous) return;
      this.past = this.past.slice(0, -1);
      this.template = previous.template;
      this.notes = previous.notes;
    },
    /** The copy now in the store is this one (after a save). */
    markSaved(template: Template) {
      this.template = markRaw(template);
      this.saved = JSON.stringify(template);
      this.storedAs = { id: template.id, version: template.version };
    },
  },
});
