import { channels, type Api, type Channel } from '../../../src-main/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser preview. */
    api?: Api;
  }
}

/** The browser preview's implementation of the same contract: POST to the local web bridge. */
function webApi(): Api {
  const entries = channels.map((channel) => [
    channel,
    async (request: unknown) => {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request ?? {}),
        });
        return await res.json();
      } catch (e) {
        return { ok: false, error: { code: 'unavailable', message: `Không kết nối được với ứng dụng: ${(e as Error).message}` } };
      }
    },
  ]);
  return Object.fromEntries(entries) as Api;
}

export const api: Api = window.api ?? webApi();
export type { Channel };
