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

/** Removes every ⟦ … ⟧ span, innermost first, as messages nest inside messages. */
function withoutCatalogText(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/**
 * The visible text under `root` that did not come from the catalog: what is left with letters
 * once every ⟦ ⟧ span is removed (read across elements, since a message with emphasis spans
 * several), minus `userText` (what the test itself typed or stored, which stays as written).
 * Also labels read out but not shown: aria-label, title and placeholder.
 */
export function plainTextLeft(root: HTMLElement, userText: readonly string[] = []): string[] {
  const left: string[] = [];
  const check = (value: string) => {
    let rest = value;
    for (const typed of userText) rest = rest.split(typed).join(' ');
    for (const piece of withoutCatalogText(rest).split(/\s{2,}|\n/)) {
      if (/\p{L}/u.test(piece)) left.push(piece.trim());
    }
  };
  const copy = root.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('style, script, [aria-hidden="true"]'))
    hidden.remove();
  check(copy.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) check(value);
    }
  }
  return left;
}
