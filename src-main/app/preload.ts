import { contextBridge, ipcRenderer } from 'electron';
import type { Api, Channel } from '../api/contract';

function call<C extends Channel>(channel: C): Api[C] {
  return ((request: unknown) => ipcRenderer.invoke(channel, request)) as Api[C];
}

const api = {
  'app/info': call('app/info'),
  'jobs/consolidate': call('jobs/consolidate'),
  'settings/get': call('settings/get'),
  'settings/set': call('settings/set'),
  'province/propose-mapping': call('province/propose-mapping'),
  'province/confirm-mapping': call('province/confirm-mapping'),
  'report/render-draft': call('report/render-draft'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
