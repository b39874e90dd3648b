import { pseudoLocaleKey } from '../../../src/renderer/src/i18n/pseudo-text';

/**
 * Asks the next LanguageProvider for the pseudo-locale (every catalog text accented and wrapped
 * in ⟦ ⟧), as the end-to-end walk does; call `leavePseudoLocale` after.
 */
export function enterPseudoLocale(): void {
  localStorage.setItem(pseudoLocaleKey, 'on');
}

export function leavePseudoLocale(): void {
  localStorage.removeItem(pseudoLocaleKey);
}

// The same check the end-to-end walk runs in the browser.
export { plainTextLeft } from '../../support/plain-text-left';
