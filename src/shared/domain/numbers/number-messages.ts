import { labelSaid, type FieldLabel } from '../../i18n/field-label';
import { said, type Said } from '../../i18n/said';
import { formatNumber } from './number-text';
import { readNumber } from './read-number';

// The numbers in these messages are written as the number reader takes them ("1,200") in either
// language, since that is what the field accepts.

/**
 * The message for a number field given something that is not a number: for text the form could
 * not read, what is wrong with it ("1,5", "15%"); otherwise "must be a number, such as 250".
 */
export function notANumberMessage(label: FieldLabel, example: number, input: unknown): Said {
  const reading = typeof input === 'string' ? readNumber(input) : null;
  if (reading?.kind === 'unreadable' && reading.problem === 'separators') {
    return said('validation.numberSeparators', { label: labelSaid(label) });
  }
  const values = { label: labelSaid(label), example: formatNumber(example) };
  if (reading?.kind === 'number' && reading.percent)
    return said('validation.numberPercent', values);
  return said('validation.notANumber', values);
}

/** For a number that must not be negative. */
export function negativeMessage(label: FieldLabel): Said {
  return said('validation.negative', { label: labelSaid(label) });
}

/** For a share of a whole typed as more than the whole ("1,800%" lost water). */
export function overWholeMessage(label: FieldLabel): Said {
  return said('validation.overWhole', { label: labelSaid(label) });
}

/** For a number past the field's largest sensible value. */
export function tooLargeMessage(label: FieldLabel, max: number): Said {
  return said('validation.tooLarge', { label: labelSaid(label), max: formatNumber(max) });
}
