import type { Session } from 'electron';
import { headerContentSecurityPolicy } from './content-security-policy';
import { isLocalRequest } from './local-request';
import type { PageSource } from './own-page';

/**
 * The session's rules: the Content-Security-Policy on every response (the meta tag covers
 * file:// pages, which have no headers), no request leaving the machine, and every
 * permission (camera, notifications, geolocation …) refused: the app needs none.
 */
export function applySessionPolicy(session: Session, page: PageSource): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [headerContentSecurityPolicy(Boolean(page.devUrl))] } });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, page) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
