import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/menu-commands';
import type { Language } from '../shared/domain/printed-date';
import type { KeysOf } from '../shared/i18n/define-messages';
import { menuMessages } from './messages/menu-messages';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** The language the app shows: the menu speaks it and ticks it under View › Language. */
  language: Language;
  /** Hands a command to the page, which shows the screen or dialog for it. */
  send: (command: MenuCommand) => void;
}

type MenuWord = KeysOf<typeof menuMessages>;

/** Each language named in itself, so a reader finds theirs whatever the menu speaks. */
const languageNames: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * The standard menu, in the app's language. The zoom items matter: many board members and
 * operators read better with larger text, and Ctrl+= (no Shift) is what people press for
 * "bigger".
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const say = (word: MenuWord) => menuMessages[options.language][word];
  const languages: MenuItemConstructorOptions[] = (['en', 'es'] as const).map((language) => ({
    label: languageNames[language],
    type: 'radio',
    checked: language === options.language,
    click: () => options.send(`language-${language}`),
  }));
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: say('menu.reload') },
    { type: 'separator' },
    { role: 'resetZoom', label: say('menu.actualSize') },
    { role: 'zoomIn', label: say('menu.largerText') },
    { role: 'zoomIn', accelerator: 'CommandOrControl+=', visible: false },
    { role: 'zoomOut', label: say('menu.smallerText') },
    { type: 'separator' },
    { label: say('menu.language'), submenu: languages },
    { type: 'separator' },
    { role: 'togglefullscreen', label: say('menu.fullScreen') },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools' });

  const command = (word: MenuWord, name: MenuCommand, accelerator?: string) => ({
    label: say(word),
    accelerator,
    click: () => options.send(name),
  });
  const file: MenuItemConstructorOptions[] = [
    command('menu.newUtility', 'new-utility', 'CommandOrControl+Shift+N'),
    command('menu.utilities', 'utilities', 'CommandOrControl+O'),
    { type: 'separator' },
    command('menu.saveBackup', 'save-backup', 'CommandOrControl+Shift+S'),
    command('menu.restoreBackup', 'restore-backup'),
    command('menu.showFolder', 'show-folder'),
    { type: 'separator' },
    command('menu.export', 'export', 'CommandOrControl+E'),
    { type: 'separator' },
    options.isMac
      ? { role: 'close', label: say('menu.close') }
      : { role: 'quit', label: say('menu.quit') },
  ];
  const template: MenuItemConstructorOptions[] = [
    { label: say('menu.file'), submenu: file },
    {
      label: say('menu.edit'),
      submenu: [
        { role: 'undo', label: say('menu.undo') },
        { role: 'redo', label: say('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: say('menu.cut') },
        { role: 'copy', label: say('menu.copy') },
        { role: 'paste', label: say('menu.paste') },
        { role: 'selectAll', label: say('menu.selectAll') },
      ],
    },
    { label: say('menu.view'), submenu: view },
    {
      role: 'windowMenu',
      label: say('menu.window'),
      submenu: [
        { role: 'minimize', label: say('menu.minimize') },
        { role: 'close', label: say('menu.close') },
      ],
    },
    {
      role: 'help',
      label: say('menu.help'),
      submenu: [{ role: 'about', label: say('menu.about') }],
    },
  ];
  // macOS puts About and Quit in a menu named after the app.
  if (options.isMac) {
    template.unshift({
      label: 'LOS Builder',
      submenu: [
        { role: 'about', label: say('menu.about') },
        { type: 'separator' },
        { role: 'hide', label: say('menu.hide') },
        { role: 'hideOthers', label: say('menu.hideOthers') },
        { role: 'unhide', label: say('menu.showAll') },
        { type: 'separator' },
        { role: 'quit', label: say('menu.quitMac') },
      ],
    });
  }
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
