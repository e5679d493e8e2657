import { Menu, type MenuItemConstructorOptions } from 'electron';

/** A short Vietnamese menu: the standard roles, named the way the specialist reads them. */
export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
      ],
    },
    { label: 'Xem', submenu: [{ role: 'reload', label: 'Tải lại' }, { role: 'togglefullscreen', label: 'Toàn màn hình' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
