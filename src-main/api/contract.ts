/**
 * The one API between the window and the core. The Electron preload and the browser
 * bridge both implement `Api`; IPC handlers and the web server validate every request
 * against `requestSchemas` before it reaches the core.
 */
import { z } from 'zod';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' in the desktop app, 'web' in the browser preview. */
  shell: 'electron' | 'web';
}

export interface ConsolidationSummary {
  year: number;
  accepted: number;
  rejected: number;
  missing: number;
  unidentified: number;
  findings: number;
  outputs: { xlsx: string; pdf: string; docx: string };
}

export const requestSchemas = {
  'app/info': z.object({}).strict(),
  'jobs/consolidate': z
    .object({
      inputs: z.array(z.string().min(1)).min(1),
      outDir: z.string().min(1),
      unitsFile: z.string().min(1).optional(),
      provinceTemplate: z.string().min(1).optional(),
      year: z.number().int().min(2000).max(2100).optional(),
    })
    .strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export type Request<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;

export interface Responses {
  'app/info': AppInfo;
  'jobs/consolidate': ConsolidationSummary;
}

export type Api = {
  [C in Channel]: (request: Request<C>) => Promise<Result<Responses[C]>>;
};

export const channels = Object.keys(requestSchemas) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
