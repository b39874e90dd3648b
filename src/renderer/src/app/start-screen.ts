const storageKey = 'los-builder:start-screen-shown';

/**
 * Whether this window opens on the utilities screen: only with more than one utility, and only
 * the first time in this window. After opening another utility the page reloads, and then it
 * must go straight to the wizard, on the utility just chosen.
 */
export function opensOnUtilities(count: number): boolean {
  try {
    return count > 1 && sessionStorage.getItem(storageKey) === null;
  } catch {
    return count > 1;
  }
}

/** The window has opened once: from now on it starts in the wizard. */
export function rememberOpened(): void {
  try {
    sessionStorage.setItem(storageKey, 'yes');
  } catch {
    // Storage refused: the next reload shows the utilities again, which is only one click more.
  }
}
