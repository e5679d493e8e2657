import type { Result } from '../api/contract';
import { dispatch, type HandlerContext } from '.';

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

export function storedFiles(ctx: HandlerContext): StoredFiles {
  return {
    async output(outputId) {
      const read = await dispatch('outputs/read', { outputId }, ctx);
      if (!read.ok) return read;
      const { fileName, mime, base64 } = read.value as { fileName: string; mime: string; base64: string };
      return { ok: true, value: { fileName, mime, bytes: Buffer.from(base64, 'base64') } };
    },
    async original(fileId) {
      return { ok: false, error: { code: 'not-found', message: `Không tìm thấy tệp gốc số ${fileId} trong kho.` } };
    },
  };
}
