import type { Channel } from '../../../src-main/api/contract';

/** Listed here (not imported) so the renderer bundle does not carry the request schemas. */
export const channelNames: Channel[] = [
  'app/info',
  'jobs/consolidate',
  'settings/get',
  'settings/set',
  'province/propose-mapping',
  'province/confirm-mapping',
  'report/render-draft',
];
