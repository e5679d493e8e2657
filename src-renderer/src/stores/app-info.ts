import { defineStore } from 'pinia';
import type { AppInfo } from '../../../src-main/api/contract';
import { api } from '../api';

export const useAppInfo = defineStore('app-info', {
  state: () => ({ info: null as AppInfo | null, error: '' }),
  actions: {
    async load() {
      const res = await api['app/info']({});
      if (res.ok) this.info = res.value;
      else this.error = res.error.message;
    },
  },
});
