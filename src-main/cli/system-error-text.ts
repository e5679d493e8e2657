/** What the operating system said about a file, in the specialist's words. */
const ERRNO_WORDS = new Map<string, string>(Object.entries({
  ENOENT: 'không tìm thấy tệp hoặc thư mục này',
  EISDIR: 'đây là một thư mục, cần một tệp',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  EEXIST: 'đã có một tệp cùng tên',
  EACCES: 'không có quyền truy cập',
  EPERM: 'không có quyền truy cập',
  EROFS: 'ổ đĩa chỉ cho đọc',
  ENOSPC: 'ổ đĩa đã hết chỗ trống',
  EBUSY: 'tệp đang được chương trình khác dùng',
  EMFILE: 'quá nhiều tệp đang mở cùng lúc',
}));

/** One Vietnamese line for an error a file operation threw ("EISDIR: illegal operation …"), or null if it is not one. */
export function systemErrorText(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (!e || typeof e.code !== 'string') return null;
  const words = ERRNO_WORDS.get(e.code);
  if (!words) return null;
  const where = e.dest ? `"${e.path}" → "${e.dest}"` : e.path ? `"${e.path}"` : '';
  return where ? `${where}: ${words} (${e.code}).` : `${words} (${e.code}).`;
}
