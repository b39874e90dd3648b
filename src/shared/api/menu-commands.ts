/**
 * What the desktop File menu asks the page to do. Main sends only these names on the one
 * `menu-command` channel; the page decides what each looks like (a screen, a dialog).
 */
export const menuCommands = [
  'utilities',
  'new-utility',
  'save-backup',
  'restore-backup',
  'show-folder',
  'export',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

export const menuCommandChannel = 'menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
