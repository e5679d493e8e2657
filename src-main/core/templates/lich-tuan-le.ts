import type { Template } from '../model/template';

/**
 * "Lịch tổ chức Tuần lễ": the schedule annexed to the district's plan (seed 002: TT | Giờ |
 * Ngày | Đơn vị | Nội dung), compiled from the schedules the schools send. No fixed rows: each
 * school's lines are appended, sorted by day and hour, and numbered again. Data only.
 */
export const lichTuanLe: Template = {
  id: 'lich-tuan-le',
  version: '2024.1',
  name: 'Lịch tổ chức Tuần lễ hưởng ứng học tập suốt đời',
  campaign: 'Tuần lễ hưởng ứng học tập suốt đời',
  columns: [],
  rows: [],
  rules: [],
  lists: [
    {
      code: 'lich',
      title: 'Lịch tổ chức các hoạt động',
      columns: [
        { key: 'time', header: 'Giờ', type: 'time', aliases: ['Thời gian', 'Giờ tổ chức', 'Giờ bắt đầu', 'Thời gian bắt đầu'] },
        { key: 'date', header: 'Ngày', type: 'date', aliases: ['Ngày tháng', 'Ngày, tháng', 'Ngày tổ chức', 'Ngày thực hiện'] },
        { key: 'unit', header: 'Đơn vị', type: 'text', aliases: ['Đơn vị thực hiện', 'Đơn vị tổ chức', 'Đơn vị chủ trì', 'Tên đơn vị'] },
        { key: 'activity', header: 'Nội dung', type: 'text', aliases: ['Nội dung hoạt động', 'Hoạt động', 'Tên hoạt động', 'Nội dung công việc', 'Công việc'] },
      ],
      sortBy: ['date', 'time'],
      unitColumn: 'unit',
    },
  ],
  outline: [
    {
      code: 'I',
      title: 'TỔNG HỢP LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG',
      children: [{ code: 'I.1', title: 'Các hoạt động của các đơn vị trong Tuần lễ', aliases: ['Nội dung các hoạt động', 'Lịch hoạt động'] }],
    },
    { code: 'II', title: 'ĐỀ XUẤT, KIẾN NGHỊ', aliases: ['Kiến nghị, đề xuất', 'Kiến nghị'] },
  ],
};
