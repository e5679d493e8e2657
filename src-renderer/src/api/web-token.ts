const KEY = 'tonghop-token';

/**
 * The bridge's token: read once from the address `npm run web` printed, then kept for this
 * tab only (sessionStorage) and taken out of the address bar, so it is not bookmarked, shown
 * or sent on. A reload of the tab keeps working; a new tab needs the printed address.
 */
function captureToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return window.sessionStorage.getItem(KEY) ?? '';
}

export const bridgeToken = window.desktop ? '' : captureToken();
