import { extname } from 'node:path';

/**
 * Documents the system may open in their own program. A school's email can carry anything;
 * an .exe, .js, .lnk, .hta or a macro-enabled workbook opened by a double-click would run
 * code, so every other type is only shown in its folder.
 */
const DOCUMENTS = new Set(['.xlsx', '.xls', '.docx', '.doc', '.odt', '.ods', '.rtf', '.csv', '.txt', '.pdf', '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.heic', '.webp', '.eml', '.msg', '.zip']);

export function mayOpenDirectly(fileName: string): boolean {
  return DOCUMENTS.has(extname(fileName).toLowerCase());
}
