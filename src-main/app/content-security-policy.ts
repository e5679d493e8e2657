/**
 * The page's Content-Security-Policy, the same in the desktop window (a response header and
 * the meta tag of src-renderer/index.html) and in the browser preview (a response header).
 *
 * - scripts only from the app itself: no inline script, no eval, no remote code;
 * - styles from the app, plus inline style attributes, which Element Plus and Vue's static
 *   templates write into the DOM as markup (tests/e2e/app-shell.test.ts checks the real page
 *   raises no violation);
 * - images from the app, and data:/blob: ones (the signature and seal previews);
 * - frames and objects only blob: (the PDF preview of a report the window holds) and the
 *   app's own downloads in the browser preview;
 * - requests only to the app itself; no <base>, no form posting anywhere.
 */
const directives: Array<[string, string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  ['connect-src', ["'self'"]],
  ['frame-src', ["'self'", 'blob:']],
  ['object-src', ["'self'", 'blob:']],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

/** The policy as the meta tag carries it (frame-ancestors is ignored there, so it is left to the header). */
export const pageContentSecurityPolicy = directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** The policy as a response header: also forbids other sites from framing the app. */
export const headerContentSecurityPolicy = `${pageContentSecurityPolicy}; frame-ancestors 'self'`;
