import type { StagingProgress, StagingRefusal } from '../../../src-main/api/contract';
import { webRoutes, type DownloadKind } from '../../../src-main/api/web-routes';
import { bridgeJson } from './web-call';
import { bridgeToken } from './web-token';

/** The name the bridge gets: the path inside a picked folder, else the file's own name. */
function uploadName(file: File): string {
  return file.webkitRelativePath || file.name;
}

/**
 * Uploads files one after the other into one batch of the bridge's staging folder and
 * answers the server's paths, for `jobs/import`. A refused file (too big, a bad name) does
 * not stop the others: it goes to `onRefused`, or, without it, all refusals are thrown together.
 */
export async function uploadFiles(files: File[], onProgress?: StagingProgress, onRefused?: StagingRefusal): Promise<string[]> {
  const batch = crypto.randomUUID();
  const paths: string[] = [];
  const refused: string[] = [];
  for (const [index, file] of files.entries()) {
    const name = uploadName(file);
    onProgress?.(index, files.length, name);
    const res = await bridgeJson<{ path: string }>(webRoutes.upload(batch, name, file.lastModified), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
    if (res.ok) paths.push(res.value.path);
    else if (onRefused) onRefused(name, res.error.message);
    else refused.push(res.error.message);
  }
  onProgress?.(files.length, files.length, '');
  if (refused.length > 0) throw new Error(refused.join('\n'));
  return paths;
}

export function downloadUrl(kind: DownloadKind, id: number, inline = false): string {
  return webRoutes.download(kind, id, bridgeToken, inline);
}

/** Starts the browser's own download of a file the bridge serves. */
export function download(kind: DownloadKind, id: number, suggestedName?: string): void {
  const link = document.createElement('a');
  link.href = downloadUrl(kind, id);
  link.download = suggestedName ?? '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** A path on the server the core may write to, then offered for download. */
export async function reserveExport(suggestedName: string): Promise<{ id: number; path: string }> {
  const res = await bridgeJson<{ id: number; path: string }>(webRoutes.reserveExport(suggestedName), { method: 'POST' });
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}
