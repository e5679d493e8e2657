import type { Template } from '../model/template';
import { llw2022 } from './llw-2022';

/** Templates shipped with the app; the store keeps these and imported ones, by id and version. */
export const builtinTemplates: readonly Template[] = [llw2022];

export function defaultTemplate(): Template {
  return llw2022;
}
