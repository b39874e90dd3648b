import { notifications } from '@mantine/notifications';
import { announceSwitch } from '../../api/other-windows';
import { reloadPage } from '../../form-kit/reload-page';

/** What to say once the page is back: the reload wipes everything else from the screen. */
export interface SwitchNotice {
  title: string;
  message: string;
  /** The close button's label, in the language the switch was made in. */
  dismiss: string;
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
      title: notice.title,
      message: notice.message,
      autoClose: 10_000,
      closeButtonProps: { 'aria-label': notice.dismiss },
    });
  }
}

function parseNotice(stored: string | null): SwitchNotice | null {
  if (stored === null) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    if (!('title' in value) || !('message' in value) || !('dismiss' in value)) return null;
    const { title, message, dismiss } = value;
    if (typeof title !== 'string' || typeof message !== 'string') return null;
    return typeof dismiss === 'string' ? { title, message, dismiss } : null;
  } catch {
    return null;
  }
}
