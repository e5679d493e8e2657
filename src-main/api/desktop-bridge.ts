import type { Result, ShellApi } from './contract';

/**
 * What the Electron preload puts on `window.desktop`: one generic call (main validates the
 * channel and the request, so the preload needs no list of them and imports nothing but
 * electron) and the shell's own operations. The renderer builds `Api` over it.
 */
export interface DesktopBridge {
  call(channel: string, request: unknown): Promise<Result<unknown>>;
  shell: ShellApi;
}

/** The IPC channels between the preload and main; each is checked at the receiving end. */
export type IpcChannel = 'api' | 'shell:pick-files' | 'shell:pick-save-path' | 'shell:save-output' | 'shell:open-original' | 'shell:print-output';
