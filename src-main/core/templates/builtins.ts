import type { Template } from '../model/template';
import { lichTuanLe } from './lich-tuan-le';
import { llw2022 } from './llw-2022';

/** Templates shipped with the app; the store keeps these and imported ones, by id and version. */
export const builtinTemplates: readonly Template[] = [llw2022, lichTuanLe];

export function defaultTemplate(): Template {
  return llw2022;
}
