import { formatNumber } from './number-text';
import { readNumber } from './read-number';

/**
 * The message for a number field given something that is not a number: for text the form could
 * not read, what is wrong with it ("1,5", "15%"); otherwise "must be a number, such as 250".
 */
export function notANumberMessage(label: string, example: number, input: unknown): string {
  const reading = typeof input === 'string' ? readNumber(input) : null;
  if (reading?.kind === 'unreadable' && reading.problem === 'separators') {
    return `${label} must be written like 1,200 or 2.5: a comma only between thousands, a point only before decimals.`;
  }
  if (reading?.kind === 'number' && reading.percent) {
    return `${label} takes a plain number, such as ${formatNumber(example)}: leave out the % sign.`;
  }
  return `${label} must be a number, such as ${formatNumber(example)}.`;
}

/** For a number that must not be negative. */
export function negativeMessage(label: string): string {
  return `${label} cannot be negative.`;
}

/** For a share of a whole typed as more than the whole ("1,800%" lost water). */
export function overWholeMessage(label: string): string {
  return `${label} is a share, so it cannot be more than 100%: enter a number from 0 to 100.`;
}

/** For a number past the field's largest sensible value. */
export function tooLargeMessage(label: string, max: number): string {
  return `${label} looks too large: enter a number up to ${formatNumber(max)}.`;
}
