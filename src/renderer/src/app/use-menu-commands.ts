import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/api/menu-commands';

/** Calls the latest `listener` with each desktop File-menu command; browser mode has no menu. */
export function useMenuCommands(listener: (command: MenuCommand) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => window.losMenu?.onCommand((command) => latest.current(command)), []);
}
