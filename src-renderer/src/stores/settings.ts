import { defineStore } from 'pinia';
import type { DataInfo, OfficeSettingsView, RegistryImport, Request, UnitRecord } from '../../../src-main/api/contract';
import { call } from '../api/call';

export type UnitInput = Request<'units/save'>['unit'];
export type OfficeSettingsInput = Request<'settings/set'>['settings'];

/** The office's settings: its unit registry, its heading and signer, its templates, its data. */
export const useSettings = defineStore('settings', {
  state: () => ({
    units: [] as UnitRecord[],
    unitsLoaded: false,
    office: null as OfficeSettingsView | null,
    data: null as DataInfo | null,
  }),
  actions: {
    async loadUnits() {
      this.units = await call('units/list', {});
      this.unitsLoaded = true;
    },
    async importRegistry(file: string): Promise<RegistryImport> {
      const result = await call('units/import-registry', { file });
      await this.loadUnits();
      return result;
    },
    async saveUnit(unit: UnitInput) {
      const saved = await call('units/save', { unit });
      await this.loadUnits();
      return saved;
    },
    async loadOffice() {
      this.office = await call('settings/get', {});
    },
    async saveOffice(settings: OfficeSettingsInput) {
      this.office = await call('settings/set', { settings });
    },
    async loadData() {
      this.data = await call('data/info', {});
    },
    async backup(file: string) {
      return call('data/backup', { file });
    },
    async restore(file: string) {
      this.data = await call('data/restore', { file });
    },
  },
});
