/**
 * Everything the specialist picked (files, folders, saved emails, Outlook messages, zips)
 * as one flat list of received files for the document readers, plus the problems found on
 * the way. Never throws: one bad file never stops the rest.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ExpandedInput, ReceivedFile } from '../model/received';
import { defaultExpandLimits, megabytes } from './expand-limits';
import { EMPTY_REASON, expandReceived, type ExpandOptions } from './expand-received';
import { type InputFile, listInputFiles } from './expand-walk';
import { originName } from './expand-file-names';
import { mapAtMost } from '../at-most';

/** Files opened at once: the disk and the unzipping overlap, and a few files more are in memory at a time. */
const OPENED_AT_ONCE = 8;

export interface ExpandInputsOptions extends ExpandOptions {
  /** Called after each picked file, with its origin ("Hop thu/thu1.eml"). */
  onProgress?: (done: number, total: number, name: string) => void;
}

export async function expandInputs(paths: string[], opts: ExpandInputsOptions = {}): Promise<ExpandedInput> {
  const listing = await listInputFiles(paths);
  const result: ExpandedInput = { files: [], problems: [...listing.problems] };
  let done = 0;
  const opened = await mapAtMost(listing.files, OPENED_AT_ONCE, async (input) => {
    const loaded = await loadFile(input, opts.limits?.maxFileBytes ?? defaultExpandLimits.maxFileBytes);
    const expanded: ExpandedInput = 'reason' in loaded ? { files: [], problems: [loaded] } : await expandReceived(loaded, opts);
    opts.onProgress?.(++done, listing.files.length, input.origin);
    return expanded;
  });
  for (const expanded of opened) {
    result.files.push(...expanded.files);
    result.problems.push(...expanded.problems);
  }
  return result;
}

/** The file in memory with its modification time as the date received, unless it is empty or too big to load. */
async function loadFile(input: InputFile, maxBytes: number): Promise<ReceivedFile | { origin: string; reason: string }> {
  const { path, origin } = input;
  try {
    const info = await stat(path);
    if (info.size === 0) return { origin, reason: EMPTY_REASON };
    if (info.size > maxBytes) {
      return { origin, reason: `tệp quá lớn (${megabytes(info.size)} MB, giới hạn ${megabytes(maxBytes)} MB): không đọc; hãy kiểm tra xem đây có phải báo cáo không` };
    }
    return { name: originName(origin), origin, bytes: await readFile(path), receivedAt: info.mtime.toISOString() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { origin, reason: `không đọc được tệp (${code ?? (error as Error).message}): tệp có thể đang mở trong chương trình khác hoặc không có quyền đọc` };
  }
}
