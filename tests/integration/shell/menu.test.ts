import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu } from '../../../src/main/menu';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => item.label ?? item.role ?? '');
}

const send = vi.fn();

describe('the application menu', () => {
  it('has the File menu’s utility, backup and export commands, each handed to the page', () => {
    const file = buildMenuTemplate({ isPackaged: true, isMac: false, language: 'en', send }).find(
      (item) => item.label === 'File',
    );
    const items = (file?.submenu as MenuItemConstructorOptions[]).filter((i) => i.click);
    expect(items.map((item) => item.label)).toEqual([
      'New Utility',
      'Open or Switch Utility…',
      'Save a Backup…',
      'Restore from a Backup…',
      'Show Data Folder',
      'Export the Agreement…',
    ]);
    for (const item of items) (item.click as () => void)();
    expect(send.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      'new-utility',
      'utilities',
      'save-backup',
      'restore-backup',
      'show-folder',
      'export',
    ]);
  });

  it('offers File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate({ isPackaged: true, isMac: false, language: 'en', send });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(roles(template)).toEqual(expect.arrayContaining(['about', 'reload']));
  });

  it('lets people make the text larger, smaller and back to normal', () => {
    const view = buildMenuTemplate({ isPackaged: true, isMac: false, language: 'en', send }).find(
      (item) => item.label === 'View',
    );
    const submenu = view?.submenu as MenuItemConstructorOptions[];
    expect(roles(submenu)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    // Ctrl+= without Shift also enlarges.
    expect(submenu.some((i) => i.role === 'zoomIn' && i.accelerator === 'CommandOrControl+=')).toBe(
      true,
    );
  });

  it('shows developer tools only in development builds', () => {
    expect(
      roles(buildMenuTemplate({ isPackaged: true, isMac: false, language: 'en', send })),
    ).not.toContain('toggleDevTools');
    expect(
      roles(buildMenuTemplate({ isPackaged: false, isMac: false, language: 'en', send })),
    ).toContain('toggleDevTools');
  });

  it('puts About and Quit under the app menu on macOS', () => {
    const [first] = buildMenuTemplate({ isPackaged: true, isMac: true, language: 'en', send });
    expect(first?.label).toBe('LOS Builder');
    expect(roles([first ?? {}])).toEqual(expect.arrayContaining(['about', 'quit']));
  });

  it('speaks Spanish when the app does, every item named, roles included', () => {
    const template = buildMenuTemplate({ isPackaged: true, isMac: false, language: 'es', send });
    expect(labels(template)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
    const unnamed = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [
        ...(item.type !== 'separator' && !item.label && item.visible !== false ? [item] : []),
        ...(Array.isArray(item.submenu) ? unnamed(item.submenu) : []),
      ]);
    expect(unnamed(template)).toEqual([]);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label).filter(Boolean)).toContain(
      'Guardar una copia de respaldo…',
    );
  });

  it('offers English and Español under View › Language, ticks the one shown, and asks the page', () => {
    send.mockClear();
    for (const language of ['en', 'es'] as const) {
      const view = buildMenuTemplate({ isPackaged: true, isMac: false, language, send })[2];
      const submenu = view?.submenu as MenuItemConstructorOptions[];
      const choices = submenu.find(
        (item) => item.label === (language === 'en' ? 'Language' : 'Idioma'),
      )?.submenu as MenuItemConstructorOptions[];
      expect(choices.map((item) => [item.label, item.type, item.checked])).toEqual([
        ['English', 'radio', language === 'en'],
        ['Español', 'radio', language === 'es'],
      ]);
      for (const item of choices) (item.click as () => void)();
    }
    expect(send.mock.calls.map(([command]: unknown[]) => command)).toEqual([
      'language-en',
      'language-es',
      'language-en',
      'language-es',
    ]);
  });

  it('installs the menu as the application menu', () => {
    installMenu({ isPackaged: true, isMac: false, language: 'en', send });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
