import type { PickPurpose } from './contract';

/**
 * What each kind of pick is for: the dialog's title and the file types it offers (an empty
 * list offers every file; the import itself says why a file was not read).
 */
export const filePurposes: Record<PickPurpose, { title: string; typeName: string; extensions: string[] }> = {
  import: { title: 'Chọn tệp báo cáo của các đơn vị', typeName: 'Tệp báo cáo', extensions: [] },
  registry: { title: 'Chọn danh sách đơn vị', typeName: 'Bảng tính', extensions: ['xlsx', 'xls', 'csv'] },
  'province-workbook': { title: 'Chọn mẫu báo cáo của Sở', typeName: 'Bảng tính Excel', extensions: ['xlsx', 'xlsm'] },
  restore: { title: 'Chọn bản sao lưu để khôi phục', typeName: 'Bản sao lưu', extensions: ['sqlite', 'db', 'bak'] },
};
