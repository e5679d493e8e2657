import { existsSync } from 'node:fs';
import type { OutputBytes, Result } from '../api/contract';
import { NotFoundError } from '../core/round/round-errors';
import type { Store } from '../core/store/store';
import { toApiError } from './api-error';
import { withStore, type HandlerContext } from './context';
import { dispatch } from '.';

/** A file the store holds, as a shell hands it to the user (download, save as, open, print). */
export interface StoredFile {
  fileName: string;
  mime: string;
  bytes: Buffer;
}

/** What both shells fetch from the store to save, open or print; an unknown id is a Vietnamese `not-found`. */
export interface StoredFiles {
  output(outputId: number): Promise<Result<StoredFile>>;
  original(fileId: number): Promise<Result<StoredFile>>;
}

/** A received file's bytes exactly as they came, under the name they came with. */
function originalFile(store: Store, fileId: number): StoredFile {
  const roundId = store.received.roundOf(fileId);
  const record = roundId === undefined ? undefined : store.received.records(roundId).find((r) => r.id === fileId);
  if (!record) throw new NotFoundError(`Không có tệp số ${fileId} trong kho.`);
  if (record.problem || !existsSync(store.originals.pathOf(record.sha256))) {
    throw new NotFoundError(`Tệp "${record.fileName}" không mở được khi nhận, nên kho không có bản gốc của nó.`);
  }
  return { fileName: record.fileName, mime: 'application/octet-stream', bytes: store.originals.read(record.sha256) };
}

export function storedFiles(ctx: HandlerContext): StoredFiles {
  return {
    async output(outputId) {
      const read = await dispatch('outputs/read', { outputId }, ctx);
      if (!read.ok) return read;
      const { fileName, mime, base64 } = read.value as OutputBytes;
      return { ok: true, value: { fileName, mime, bytes: Buffer.from(base64, 'base64') } };
    },
    async original(fileId) {
      try {
        return { ok: true, value: await withStore(ctx, (store) => originalFile(store, fileId)) };
      } catch (e) {
        return { ok: false, error: toApiError(e) };
      }
    },
  };
}
