/**
 * What the desktop menu asks the page to do. Main sends only these names on the one
 * `menu-command` channel; the page decides what each looks like (a screen, a dialog). The
 * language items go through the page too, so the header's switch and the menu's are one path
 * (the page shows it, then remembers it; main then redraws the menu in it).
 */
export const menuCommands = [
  'utilities',
  'new-utility',
  'save-backup',
  'restore-backup',
  'show-folder',
  'export',
  'language-en',
  'language-es',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export const menuCommandChannel = 'menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
