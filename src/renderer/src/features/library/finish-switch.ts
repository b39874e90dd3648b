import { notifications } from '@mantine/notifications';
import { announceSwitch } from '../../api/other-windows';
import { reloadPage } from '../../form-kit/reload-page';

/** What to say once the page is back: the reload wipes everything else from the screen. */
export interface SwitchNotice {
  title: string;
  message: string;
}

const storageKey = 'los-builder:switched-here';

/**
 * After a call that opened another utility (open, new, restore, undo a restore): the other
 * windows are told, in the sentence they show, and this page reads everything again, then
 * says what happened (showSwitchNotice).
 */
export function finishSwitch(toOtherWindows: string, here: SwitchNotice): void {
  announceSwitch(toOtherWindows);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(here));
  } catch {
    // Storage refused: the page still reloads, without the note.
  }
  reloadPage();
}

/** Shows, once, what the switch before the reload did. */
export function showSwitchNotice(): void {
  let stored: string | null;
  try {
    stored = sessionStorage.getItem(storageKey);
    sessionStorage.removeItem(storageKey);
  } catch {
    return;
  }
  const notice = parseNotice(stored);
  if (notice) {
    notifications.show({
      ...notice,
      autoClose: 10_000,
      closeButtonProps: { 'aria-label': 'Dismiss this note' },
    });
  }
}

function parseNotice(stored: string | null): SwitchNotice | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    if (!('title' in value) || !('message' in value)) return null;
    const { title, message } = value;
    return typeof title === 'string' && typeof message === 'string' ? { title, message } : null;
  } catch {
    return null;
  }
}
