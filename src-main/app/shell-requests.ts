import { z } from 'zod';
import type { ApiError } from '../api/contract';
import type { IpcChannel } from '../api/desktop-bridge';

const id = z.number().int().positive();
const suggestedName = z.string().trim().min(1).max(255);

/** What the preload may send on each shell channel; anything else is refused in main. */
export const shellRequestSchemas = {
  'shell:pick-files': z
    .object({ purpose: z.enum(['import', 'registry', 'province-workbook', 'restore', 'template-form', 'template-file']), folders: z.boolean().optional(), multiple: z.boolean().optional() })
    .strict(),
  'shell:pick-save-path': z.object({ purpose: z.enum(['backup', 'template-file', 'template-forms']), suggestedName }).strict(),
  'shell:save-output': z.object({ outputId: id, suggestedName }).strict(),
  'shell:open-original': z.object({ fileId: id }).strict(),
  'shell:print-output': z.object({ outputId: id }).strict(),
} as const satisfies Record<Exclude<IpcChannel, 'api'>, z.ZodType>;

export type ShellChannel = keyof typeof shellRequestSchemas;
export type ShellRequest<C extends ShellChannel> = z.output<(typeof shellRequestSchemas)[C]>;

/** A shell request checked at the receiving end: the parsed value, or a Vietnamese refusal. */
export function parseShellRequest<C extends ShellChannel>(channel: C, payload: unknown): { ok: true; value: ShellRequest<C> } | { ok: false; error: ApiError } {
  const parsed = shellRequestSchemas[channel].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as ShellRequest<C> };
  const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return { ok: false, error: { code: 'invalid-input', message: `Yêu cầu của cửa sổ không hợp lệ (${channel}).`, fields } };
}
