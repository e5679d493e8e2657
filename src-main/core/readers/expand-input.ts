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
import { mapAtMost, SizeGate } from '../at-most';

/**
 * Files opened at once: the disk and the unzipping overlap. Together they may weigh up to
 * OPENED_BYTES; a bigger file is opened alone, as before, so that a folder of large emails
 * never holds several of them half-unpacked at a time.
 */
const OPENED_AT_ONCE = 8;
const OPENED_BYTES = 32 * 1024 * 1024;

export interface ExpandInputsOptions extends ExpandOptions {
  /** Called after each picked file, with its origin ("Hop thu/thu1.eml"). */
  onProgress?: (done: number, total: number, name: string) => void;
}

export async function expandInputs(paths: string[], opts: ExpandInputsOptions = {}): Promise<ExpandedInput> {
  const listing = await listInputFiles(paths);
  const result: ExpandedInput = { files: [], problems: [...listing.problems] };
  const gate = new SizeGate(OPENED_BYTES);
  let done = 0;
  const opened = await mapAtMost(listing.files, OPENED_AT_ONCE, async (input) => {
    const expanded = await openInput(input, opts, gate);
    opts.onProgress?.(++done, listing.files.length, input.origin);
    return expanded;
  });
  for (const expanded of opened) {
    result.files.push(...expanded.files);
    result.problems.push(...expanded.problems);
  }
  return result;
}

/** One picked file in memory (its modification time the date received) and unpacked, unless it is empty or too big to load. */
async function openInput({ path, origin }: InputFile, opts: ExpandOptions, gate: SizeGate): Promise<ExpandedInput> {
  const maxBytes = opts.limits?.maxFileBytes ?? defaultExpandLimits.maxFileBytes;
  const problem = (reason: string): ExpandedInput => ({ files: [], problems: [{ origin, reason }] });
  const unreadable = (error: unknown) =>
    problem(`không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): tệp có thể đang mở trong chương trình khác hoặc không có quyền đọc`);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return unreadable(error);
  }
  if (info.size === 0) return problem(EMPTY_REASON);
  if (info.size > maxBytes) {
    return problem(`tệp quá lớn (${megabytes(info.size)} MB, giới hạn ${megabytes(maxBytes)} MB): không đọc; hãy kiểm tra xem đây có phải báo cáo không`);
  }
  return gate.run(info.size, async () => {
    let file: ReceivedFile;
    try {
      file = { name: originName(origin), origin, bytes: await readFile(path), receivedAt: info.mtime.toISOString() };
    } catch (error) {
      return unreadable(error);
    }
    return expandReceived(file, opts);
  });
}
