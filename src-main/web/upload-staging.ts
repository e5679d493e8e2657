import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync, statSync, existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, parse } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { diskFileName } from '../core/text/disk-file-name';

export interface UploadLimits {
  /** Bytes of one file. */
  fileBytes: number;
  /** Bytes of all files of one batch (one drop or one pick). */
  batchBytes: number;
  /** Files of one batch. */
  batchFiles: number;
}

const MiB = 1024 * 1024;
export const defaultUploadLimits: UploadLimits = { fileBytes: 200 * MiB, batchBytes: 4096 * MiB, batchFiles: 20_000 };

/** Staged batches older than this are removed when the bridge starts: their files are in the store by then. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** An upload refused, with the HTTP status and a Vietnamese sentence naming the file. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

const BATCH_ID = /^[A-Za-z0-9_-]{8,64}$/;
const MAX_DEPTH = 16;

function mb(bytes: number): string {
  return `${Math.round(bytes / MiB).toLocaleString('vi-VN')} MB`;
}

/**
 * The client's name for a file (a relative path when a folder was picked) as folders and a
 * file name under the batch folder. Absolute paths and ".." are refused, not repaired: the
 * browser never sends them, so they mean someone is trying to write elsewhere.
 */
export function stagedParts(clientName: string): string[] {
  const shown = clientName.slice(0, 200);
  if (!clientName || clientName.length > 4096) throw new UploadRefused(400, `Tên tệp "${shown}" không hợp lệ.`);
  if (/^([\\/]|[a-zA-Z]:)/.test(clientName)) throw new UploadRefused(400, `Tên tệp "${shown}" là một đường dẫn tuyệt đối: chỉ nhận tên tệp.`);
  const raw = clientName.split(/[\\/]+/).filter((p) => p !== '');
  if (raw.some((p) => p === '..' || p === '.')) throw new UploadRefused(400, `Tên tệp "${shown}" có "..": không được ghi ra ngoài thư mục nhận.`);
  if (raw.length > MAX_DEPTH) throw new UploadRefused(400, `Tên tệp "${shown}" có quá nhiều cấp thư mục.`);
  const parts = raw.map(diskFileName);
  if (parts.length === 0 || parts.some((p) => p === '')) throw new UploadRefused(400, `Tên tệp "${shown}" không dùng được làm tên tệp.`);
  return parts;
}

/** "BC.xlsx" → "BC (2).xlsx" while the name is taken. */
function freeName(dir: string, name: string): string {
  if (!existsSync(join(dir, name))) return name;
  const { name: stem, ext } = parse(name);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!existsSync(join(dir, candidate))) return candidate;
  }
}

interface BatchUse {
  bytes: number;
  files: number;
}

/**
 * Files the page uploads (picked or dropped), streamed to disk under
 * `<staging>/<batch>/…` with limits per file and per batch; the paths it answers are the
 * server's own, for `jobs/import`.
 */
export class UploadStaging {
  private readonly batches = new Map<string, BatchUse>();

  constructor(
    readonly dir: string,
    readonly limits: UploadLimits = defaultUploadLimits,
  ) {}

  /** Removes batches left from earlier runs. */
  sweep(now = Date.now()): void {
    if (!existsSync(this.dir)) return;
    for (const entry of readdirSync(this.dir)) {
      const path = join(this.dir, entry);
      if (now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
    }
  }

  async receive(req: IncomingMessage, batchId: string, clientName: string): Promise<string> {
    if (!BATCH_ID.test(batchId)) throw new UploadRefused(400, 'Mã đợt tải lên không hợp lệ.');
    const parts = stagedParts(clientName);
    const label = parts.join('/');
    const use = this.batches.get(batchId) ?? { bytes: 0, files: 0 };
    this.batches.set(batchId, use);
    if (use.files >= this.limits.batchFiles) throw new UploadRefused(413, `Quá nhiều tệp trong một lần tải lên (tối đa ${this.limits.batchFiles}): "${label}" không được nhận.`);
    const { fileBytes, batchBytes } = this.limits;
    const tooBig = (size: number) =>
      size > fileBytes
        ? new UploadRefused(413, `Tệp "${label}" lớn hơn ${mb(fileBytes)}: không nhận.`)
        : new UploadRefused(413, `Lần tải lên này đã quá ${mb(batchBytes)}: tệp "${label}" không được nhận.`);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > fileBytes || use.bytes + declared > batchBytes) throw tooBig(declared);

    // The file and its bytes count for the batch as they arrive, so that uploads running side by side share the limits.
    use.files += 1;
    let size = 0;
    const giveBack = () => {
      use.bytes -= size;
      size = 0;
    };
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        use.bytes += chunk.length;
        if (size <= fileBytes && use.bytes <= batchBytes) return done(null, chunk);
        const refusal = tooBig(size);
        // At once, not when the stream has unwound: an upload beside this one must not be refused for bytes already let go.
        giveBack();
        done(refusal);
      },
    });
    const folder = join(this.dir, batchId, ...parts.slice(0, -1));
    mkdirSync(folder, { recursive: true });
    const partial = join(folder, `.${randomUUID()}.part`);
    try {
      await pipeline(req, counter, createWriteStream(partial, { flags: 'wx' }));
    } catch (e) {
      rmSync(partial, { force: true });
      use.files -= 1;
      giveBack();
      if (e instanceof UploadRefused) throw e;
      throw new UploadRefused(400, `Tải lên tệp "${label}" bị ngắt giữa chừng.`);
    }
    const target = join(folder, freeName(folder, parts[parts.length - 1]));
    renameSync(partial, target);
    return target;
  }
}
