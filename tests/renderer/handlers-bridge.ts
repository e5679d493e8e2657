import type { DesktopBridge } from '../../src-main/api/desktop-bridge';
import type { ShellApi } from '../../src-main/api/contract';
import { dispatch, type HandlerContext } from '../../src-main/handlers';

/**
 * Puts the real handlers behind `window.desktop`, as the preload does, so a component test
 * talks to a real store (and real mail servers) through the one API. `context()` is read at
 * each call: a test may switch shells (with or without a keychain) between calls.
 * Must run before the renderer's API module is first imported.
 */
export function installHandlers(context: () => HandlerContext): void {
  const shell = new Proxy({} as ShellApi, {
    get: (_t, name) => () => Promise.reject(new Error(`Không có ${String(name)} trong phép thử thành phần.`)),
  });
  const bridge: DesktopBridge = { call: (channel, request) => dispatch(channel, request, context()), shell };
  (window as unknown as { desktop: DesktopBridge }).desktop = bridge;
}
