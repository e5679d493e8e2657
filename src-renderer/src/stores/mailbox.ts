import { defineStore } from 'pinia';
import type { FetchReport, JobStatus, MailboxView, Request } from '../../../src-main/api/contract';
import { call } from '../api/call';
import { useJobs } from './jobs';

/**
 * The office's mailbox: its settings (never the password), fetching a round's emails as a job,
 * and the reminders. A password typed where the window cannot keep one (the browser preview)
 * lives here for the session only and goes with each fetch and send.
 */
export const useMailbox = defineStore('mailbox', {
  state: () => ({
    view: null as MailboxView | null,
    /** Typed in this window and not kept by the system: sent with each call that logs in. */
    sessionPassword: '',
    /** The last fetch's end: done (with its report), failed or cancelled. */
    lastFetch: null as JobStatus | null,
    /** The round that last fetch was for: another round's screen does not show it. */
    lastFetchRound: null as number | null,
  }),
  getters: {
    configured: (s) => Boolean(s.view?.settings),
    /** A password the core can use: kept by the system, or typed in this window. */
    canLogIn: (s) => Boolean(s.view?.passwordKept || s.sessionPassword),
    fetchReport: (s): FetchReport | null => (s.lastFetch?.state === 'done' ? (s.lastFetch.result as FetchReport) : null),
  },
  actions: {
    async load() {
      this.view = await call('mailbox/get', {});
      return this.view;
    },
    async save(request: Request<'mailbox/save'>) {
      this.view = await call('mailbox/save', request);
      return this.view;
    },
    async test(request: Request<'mailbox/test'>) {
      const result = await call('mailbox/test', request);
      if (result.ok && request.password) this.sessionPassword = request.password;
      await this.load();
      return result;
    },
    /** The password to send with a call: none when the system keeps it. */
    oneCallPassword(): { password?: string } {
      return !this.view?.passwordKept && this.sessionPassword ? { password: this.sessionPassword } : {};
    },
    async fetch(request: Omit<Request<'jobs/fetch'>, 'password'>) {
      this.lastFetch = null;
      this.lastFetchRound = request.roundId;
      this.lastFetch = await useJobs().follow(call('jobs/fetch', { ...request, ...this.oneCallPassword() }));
      return this.lastFetch;
    },
    preview(roundId: number) {
      return call('reminders/preview', { roundId });
    },
    template() {
      return call('reminders/template', {});
    },
    saveTemplate(request: Request<'reminders/save-template'>) {
      return call('reminders/save-template', request);
    },
    send(request: Omit<Request<'reminders/send'>, 'password'>) {
      return call('reminders/send', { ...request, ...this.oneCallPassword() });
    },
  },
});
