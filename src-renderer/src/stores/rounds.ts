import { defineStore } from 'pinia';
import { markRaw } from 'vue';
import type { Request, Round, RoundOverview, Template, TemplateSummary } from '../../../src-main/api/contract';
import { call } from '../api/call';

export type NewRound = Request<'rounds/create'>;

/** The rounds of the office (home screen) and the one that is open. */
export const useRounds = defineStore('rounds', {
  state: () => ({
    list: [] as RoundOverview[],
    loaded: false,
    open: null as RoundOverview | null,
    templates: [] as TemplateSummary[],
    /** Templates already fetched, by id and version: their rows label the tables. */
    templateCache: new Map<string, Template>(),
  }),
  getters: {
    /** Open rounds first, then the latest deadline first. */
    sorted: (s) => [...s.list].sort((a, b) => Number(a.closed) - Number(b.closed) || b.deadline.localeCompare(a.deadline) || b.id - a.id),
  },
  actions: {
    async load() {
      this.list = await call('rounds/list', {});
      this.loaded = true;
    },
    async loadTemplates() {
      if (!this.templates.length) this.templates = await call('templates/list', {});
    },
    /** After a template was saved or imported: the list again, and no copy kept of a version changed in place. */
    async templatesChanged() {
      this.templateCache.clear();
      this.templates = await call('templates/list', {});
    },
    proposeDates(year: number) {
      return call('rounds/propose-dates', { year });
    },
    async templateOf(round: Pick<Round, 'templateId' | 'templateVersion'>): Promise<Template> {
      const key = `${round.templateId}@${round.templateVersion}`;
      const cached = this.templateCache.get(key);
      if (cached) return cached;
      const template = markRaw(await call('templates/get', { templateId: round.templateId, version: round.templateVersion }));
      this.templateCache.set(key, template);
      return template;
    },
    async create(request: NewRound) {
      const round = await call('rounds/create', request);
      await this.load();
      return round;
    },
    async openRound(roundId: number) {
      this.open = await call('rounds/get', { roundId });
      return this.open;
    },
    /** New dates check every report of the round again (lateness follows the new deadline). */
    async update(roundId: number, changes: Omit<Request<'rounds/update'>, 'roundId'>) {
      await call('rounds/update', { roundId, ...changes });
      await this.openRound(roundId);
    },
    async setClosed(roundId: number, closed: boolean) {
      await call(closed ? 'rounds/close' : 'rounds/reopen', { roundId });
      await this.openRound(roundId);
    },
  },
});
