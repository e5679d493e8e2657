import { diskFileName } from '../core/text/disk-file-name';

/** RFC 5987's attr-char set: everything else is percent-encoded from UTF-8. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The name without diacritics, for the old `filename=` parameter ("Báo cáo.pdf" → "Bao cao.pdf"). */
function asciiFallback(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return plain || 'tep';
}

/**
 * `Content-Disposition` for a file the browser saves (or shows, `inline`) under its
 * Vietnamese name: `filename*` (RFC 5987, UTF-8) for today's browsers, an ASCII `filename`
 * for the rest.
 */
export function contentDisposition(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const safe = diskFileName(name) || 'tep';
  return `${disposition}; filename="${asciiFallback(safe)}"; filename*=UTF-8''${encodeExtValue(safe)}`;
}
