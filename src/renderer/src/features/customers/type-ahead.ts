/**
 * Which option a key press picks in a keyboard choice: a digit picks the option with that
 * number (0 is the tenth), a letter the next option after `current` whose title starts with
 * it, so pressing "o" twice goes from Outages to Other. Null when the key picks nothing.
 */
export function optionForKey(
  key: string,
  titles: readonly string[],
  current: number,
): number | null {
  if (/^[0-9]$/.test(key)) {
    const index = key === '0' ? 9 : Number(key) - 1;
    return index < titles.length ? index : null;
  }
  if (!/^\p{L}$/u.test(key)) return null;
  const letter = key.toLocaleLowerCase();
  for (let step = 1; step <= titles.length; step += 1) {
    const index = (current + step + titles.length) % titles.length;
    if (titles[index]?.toLocaleLowerCase().startsWith(letter)) return index;
  }
  return null;
}
