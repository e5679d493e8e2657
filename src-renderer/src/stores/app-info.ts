import { defineStore } from 'pinia';
import type { AppInfo } from '../../../src-main/api/contract';
import { call, messageOf } from '../api/call';

export const useAppInfo = defineStore('app-info', {
  state: () => ({ info: null as AppInfo | null, error: '' }),
  actions: {
    async load() {
      try {
        this.info = await call('app/info', {});
      } catch (e) {
        this.error = messageOf(e);
      }
    },
  },
});
