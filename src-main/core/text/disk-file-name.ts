import { safeBaseName } from '../readers/expand-file-names';

/** Characters Windows refuses in a file name (the strictest system the app runs on). */
const FORBIDDEN = /[<>:"|?*]/g;
/** Device names Windows reserves whatever the extension ("CON.xlsx" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Most file systems cap a name at 255 bytes; leave room for a " (2)" suffix. */
const MAX_BYTES = 240;

function cutToBytes(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = name.slice(0, name.length - ext.length);
  while (stem && Buffer.byteLength(stem + ext) > max) stem = Array.from(stem).slice(0, -1).join('');
  return stem + ext;
}

/**
 * A name that came from outside (an upload, an attachment, the store) made safe to create on
 * any disk: one component, no separators, no characters or device names Windows refuses,
 * composed (NFC) Vietnamese letters kept as they are. Empty when nothing usable is left.
 */
export function diskFileName(name: string): string {
  const base = safeBaseName(name.normalize('NFC')).replace(FORBIDDEN, '_').replace(/[. ]+$/, '');
  if (!base) return '';
  return cutToBytes(RESERVED.test(base) ? `_${base}` : base, MAX_BYTES);
}
