/**
 * The visible text under `root` that did not come from the catalog, in the pseudo-locale (every
 * catalog text accented and wrapped in ⟦ ⟧): what is left with letters once every ⟦ ⟧ span is
 * removed (read across elements, since a message with emphasis spans several), minus `userText`
 * (what the test itself typed or stored, which stays as written). Also labels read out but not
 * shown: aria-label, title and placeholder.
 *
 * Self-contained, so an end-to-end test can hand it to `page.evaluate` as it is.
 */
export function plainTextLeft(root: HTMLElement, userText: readonly string[] = []): string[] {
  const withoutCatalogText = (text: string): string => {
    // Innermost first: messages nest inside messages.
    let rest = text;
    for (let previous = ''; previous !== rest;) {
      previous = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    return rest;
  };
  // Longest first, so a name is not left half-removed by a shorter one inside it.
  const typedTexts = [...userText].sort((a, b) => b.length - a.length);
  const left: string[] = [];
  const check = (value: string) => {
    let rest = value;
    for (const typed of typedTexts) rest = rest.split(typed).join(' ');
    for (const piece of withoutCatalogText(rest).split(/\s{2,}|\n/)) {
      if (/\p{L}/u.test(piece)) left.push(piece.trim());
    }
  };
  const copy = root.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('style, script, [aria-hidden="true"]'))
    hidden.remove();
  check(copy.textContent ?? '');
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    // Hidden from everyone (a measuring copy of a text box, an icon): never read.
    if (element.closest('[aria-hidden="true"]')) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) check(value);
    }
  }
  return left;
}
