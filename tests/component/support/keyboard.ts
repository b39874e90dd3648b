import type { UserEvent } from '@testing-library/user-event';

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element's text or label matches,
 * as a keyboard user would.
 */
export async function tabTo(
  user: UserEvent,
  name: string | RegExp,
  { limit = 80, backwards = false } = {},
): Promise<HTMLElement> {
  for (let presses = 0; presses < limit; presses += 1) {
    await user.tab({ shift: backwards });
    const focused = document.activeElement as HTMLElement | null;
    if (focused && matches(accessibleText(focused), name)) return focused;
  }
  throw new Error(`Tab never reached ${String(name)}.`);
}

function accessibleText(element: HTMLElement): string {
  const labelled = element.getAttribute('aria-label');
  if (labelled) return labelled;
  const id = element.id;
  const label = id ? document.querySelector(`label[for="${id}"]`) : null;
  return (label?.textContent ?? element.textContent ?? '').trim();
}

function matches(text: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? text === name : name.test(text);
}
