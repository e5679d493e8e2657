/** Vietnamese strings of the window (the default language). */
export const vi = {
  loading: 'Đang tải…',
  version: 'Phiên bản',
  shellElectron: 'Ứng dụng máy tính',
  shellWeb: 'Bản xem trên trình duyệt',
  tagline: 'Nhận, kiểm tra và tổng hợp báo cáo của các trường; lập báo cáo của Phòng.',
  error: 'Lỗi',
};
