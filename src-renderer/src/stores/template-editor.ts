import { defineStore } from 'pinia';
import { markRaw } from 'vue';
import type { InferredTemplate, SavedTemplate, Template, TemplateProblem } from '../../../src-main/api/contract';

type RowNote = InferredTemplate['rows'][number];
import { call } from '../api/call';
import { useRounds } from './rounds';

/** How many edits "Hoàn tác" can take back. */
const UNDO_DEPTH = 50;

/** The row a problem is about ("rows.3.label" → row 3, "rules.0.of" → the row of rule 0), if it is about one. */
function rowOf(t: Template, path: string): string | undefined {
  const m = /^(rows|rules)\.(\d+)(?:\.|$)/.exec(path);
  if (!m) return undefined;
  if (m[1] === 'rows') return t.rows[Number(m[2])]?.code;
  const rule = t.rules[Number(m[2])];
  return rule && 'row' in rule ? rule.row : undefined;
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
    /** The form the template was read from, what was guessed per row, and about the form as a whole. */
    source: '',
    notes: [] as RowNote[],
    formNotes: [] as string[],
    /** What is wrong with the copy as it stands, as the core checked it last; `checked` says whether that was the copy now shown. */
    problems: [] as TemplateProblem[],
    checked: false,
  }),
  getters: {
    dirty: (s) => s.template !== null && !sameAs(s.template, s.saved),
    canUndo: (s) => s.past.length > 0,
    noteOf: (s) => (code: string) => s.notes.find((n) => n.code === code),
    problemsOf: (s) => (code: string) => (s.template ? s.problems.filter((p) => rowOf(s.template!, p.path) === code).map((p) => p.message) : []),
    /** Problems about no one row (the name, the version, the lists), said above the table. */
    generalProblems: (s) => (s.template ? s.problems.filter((p) => rowOf(s.template!, p.path) === undefined) : []),
    /** Saving waits for the check of the copy as it stands, and for nothing to be wrong in it. */
    canSave: (s) => s.checked && s.problems.length === 0,
  },
  actions: {
    open(template: Template, opts: { storedAs?: { id: string; version: string } | null } = {}) {
      this.template = markRaw(template);
      this.past = [];
      this.saved = opts.storedAs ? JSON.stringify(template) : '';
      this.storedAs = opts.storedAs ?? null;
      this.source = '';
      this.notes = [];
      this.formNotes = [];
    },
    /** Reads the province's form (a path the shell gave) into a template to review. */
    async inferFrom(file: string) {
      const inferred = await call('templates/infer', { file });
      this.openInferred(inferred, file.split(/[\\/]/).pop() ?? file);
    },
    /** A template read from the province's form, to review: nothing of it is stored yet. */
    openInferred(inferred: InferredTemplate, fileName: string) {
      this.open(inferred.template);
      this.source = fileName;
      this.notes = inferred.rows;
      this.formNotes = inferred.notes;
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
      this.checked = false;
      if (renamed) this.notes = this.notes.map((n) => (n.code === renamed.from ? { ...n, code: renamed.to } : n));
    },
    undo() {
      const previous = this.past.at(-1);
      if (!previous) return;
      this.past = this.past.slice(0, -1);
      this.template = previous.template;
      this.notes = previous.notes;
      this.checked = false;
    },
    /** Checks the copy as it stands; an answer about a copy edited since is dropped. */
    async check() {
      const template = this.template;
      if (!template) return;
      this.checked = false;
      const problems = await call('templates/validate', { template });
      if (this.template !== template) return;
      this.problems = problems;
      this.checked = true;
    },
    /** Saves the copy; a version a round collects with is refused (conflict) unless `asNewVersion`. */
    async save(asNewVersion = false): Promise<SavedTemplate> {
      const saved = await call('templates/save', { template: this.template!, asNewVersion });
      this.template = markRaw(saved.template);
      this.saved = JSON.stringify(saved.template);
      this.storedAs = { id: saved.template.id, version: saved.template.version };
      await useRounds().templatesChanged();
      return saved;
    },
  },
});
