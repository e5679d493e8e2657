/**
 * The page's Content-Security-Policy, the same in the desktop window (a response header and
 * the meta tag electron.vite.config.ts writes into index.html) and in the browser preview
 * (a response header).
 *
 * - scripts only from the app itself: no inline script, no eval, no remote code;
 * - styles only from the app's stylesheets: Vue and Element Plus set styles through the
 *   CSSOM, which the policy allows (tried: dialogs, messages, tooltips, the virtualised
 *   table), so no 'unsafe-inline'; a `style="…"` written in a template's static markup would
 *   be refused, and tests/e2e/app-shell.test.ts fails on any violation the screens raise.
 *   Only the dev server (`npm run dev`), which injects <style> elements, gets 'unsafe-inline';
 * - images from the app, and data:/blob: ones (the signature and seal previews);
 * - frames and objects only blob: (the PDF preview of a report the window holds) and the
 *   app's own downloads in the browser preview;
 * - requests only to the app itself; no <base>, no form posting anywhere.
 */
function directives(dev: boolean): Array<[string, string[]]> {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['frame-src', ["'self'", 'blob:']],
    ['object-src', ["'self'", 'blob:']],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
}

/** The policy as the meta tag carries it (frame-ancestors is ignored there, so it is left to the header). */
export function pageContentSecurityPolicy(dev = false): string {
  return directives(dev)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as a response header: also forbids other sites from framing the app. */
export function headerContentSecurityPolicy(dev = false): string {
  return `${pageContentSecurityPolicy(dev)}; frame-ancestors 'self'`;
}
