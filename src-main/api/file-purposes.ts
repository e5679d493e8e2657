import type { PickPurpose, SavePurpose } from './contract';

/**
 * What each kind of pick is for: the dialog's title and the file types it offers (an empty
 * list offers every file; the import itself says why a file was not read).
 */
export const filePurposes: Record<PickPurpose, { title: string; typeName: string; extensions: string[] }> = {
  import: { title: 'Chọn tệp báo cáo của các đơn vị', typeName: 'Tệp báo cáo', extensions: [] },
  registry: { title: 'Chọn danh sách đơn vị', typeName: 'Bảng tính', extensions: ['xlsx', 'xls', 'csv'] },
  'province-workbook': { title: 'Chọn mẫu báo cáo của Sở', typeName: 'Bảng tính Excel', extensions: ['xlsx', 'xlsm'] },
  restore: { title: 'Chọn bản sao lưu để khôi phục', typeName: 'Bản sao lưu', extensions: ['sqlite', 'db', 'bak'] },
  'template-form': { title: 'Chọn biểu mẫu trống của Sở (Excel hoặc Word)', typeName: 'Biểu mẫu', extensions: ['xlsx', 'xlsm', 'docx', 'xls', 'doc'] },
  'template-file': { title: 'Chọn tệp mẫu báo cáo (xuất từ ứng dụng)', typeName: 'Tệp mẫu báo cáo', extensions: ['json'] },
};

/**
 * Where each kind of file the core writes goes: a save dialog offering that type, or, for
 * `folder`, a folder to write several files into (the browser gets them as one .zip).
 */
export const savePurposes: Record<SavePurpose, { title: string; typeName: string; extensions: string[]; folder?: boolean }> = {
  backup: { title: 'Lưu bản sao lưu', typeName: 'Bản sao lưu', extensions: ['sqlite'] },
  'template-file': { title: 'Xuất mẫu báo cáo', typeName: 'Tệp mẫu báo cáo', extensions: ['json'] },
  'template-forms': { title: 'Chọn thư mục để ghi biểu mẫu của các đơn vị', typeName: 'Tệp nén', extensions: ['zip'], folder: true },
};
