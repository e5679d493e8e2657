/**
 * The browser bridge's addresses, shared by the server and the page's implementation of the
 * contract. The token travels in a header (which also forces a CORS preflight from any other
 * site), or, for what a link or a frame opens, in the query.
 */
export const TOKEN_HEADER = 'x-tonghop-token';

export type DownloadKind = 'output' | 'original' | 'export';

export const webRoutes = {
  api: (channel: string) => `/api/${channel}`,
  /** `modified`: the file's own modification time (ms), which dates a loose file's arrival as it would on disk. */
  upload: (batch: string, name: string, modified: number) =>
    `/upload?batch=${encodeURIComponent(batch)}&name=${encodeURIComponent(name)}&modified=${encodeURIComponent(String(modified))}`,
  /** Reserves a file on the server that the core writes to (a backup) and the page then downloads. */
  reserveExport: (name: string) => `/export?name=${encodeURIComponent(name)}`,
  download: (kind: DownloadKind, id: number, token: string, inline = false) =>
    `/download/${kind}/${id}?token=${encodeURIComponent(token)}${inline ? '&inline=1' : ''}`,
};
