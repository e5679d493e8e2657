import type { DesktopBridge } from '../../../src-main/api/desktop-bridge';
import { channels, type Api, type Channel, type ChannelApi, type Result, type ShellApi } from '../../../src-main/api/contract';
import { webCall } from './web-call';
import { downloadingExports, webShell } from './web-shell';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser preview. */
    desktop?: DesktopBridge;
  }
}

type Call = (channel: Channel, request: unknown) => Promise<Result<unknown>>;

/** The contract's channels over one call: IPC in the desktop app, HTTP to the bridge in the browser. */
function apiOver(call: Call, shell: ShellApi): Api {
  const calls = Object.fromEntries(channels.map((channel) => [channel, (request: unknown) => call(channel, request ?? {})])) as ChannelApi;
  return { ...calls, shell };
}

export const api: Api = window.desktop ? apiOver(window.desktop.call, window.desktop.shell) : apiOver(downloadingExports(webCall), webShell);
export type { Channel };
