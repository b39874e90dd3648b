import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/menu-commands';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Hands a File-menu command to the page, which shows the screen or dialog for it. */
  send: (command: MenuCommand) => void;
}

/**
 * The standard menu. The zoom items matter: many board members and operators read better with
 * larger text, and Ctrl+= (no Shift) is what people press for "bigger".
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Actual Size' },
    { role: 'zoomIn', label: 'Larger Text' },
    { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
    { role: 'zoomOut', label: 'Smaller Text' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });

  const command = (label: string, name: MenuCommand, accelerator?: string) => ({
    label,
    accelerator,
    click: () => options.send(name),
  });
  const file: MenuItemConstructorOptions[] = [
    command('New Utility', 'new-utility', 'CommandOrControl+Shift+N'),
    command('Open or Switch Utility…', 'utilities', 'CommandOrControl+O'),
    { type: 'separator' },
    command('Save a Backup…', 'save-backup', 'CommandOrControl+Shift+S'),
    command('Restore from a Backup…', 'restore-backup'),
    command('Show Data Folder', 'show-folder'),
    { type: 'separator' },
    command('Export the Agreement…', 'export', 'CommandOrControl+E'),
    { type: 'separator' },
    options.isMac ? { role: 'close' } : { role: 'quit' },
  ];
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: file },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: 'About LOS Builder' }] },
  ];
  // macOS puts About and Quit in a menu named after the app.
  if (options.isMac) {
    template.unshift({
      label: 'LOS Builder',
      submenu: [
        { role: 'about', label: 'About LOS Builder' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit', label: 'Quit LOS Builder' },
      ],
    });
  }
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
