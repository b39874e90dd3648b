import type { Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { amountWithUnit } from '../numbers/unit-words';

/** A number with its unit ("20 psi", "1 working day"), worded by the unit glossary in each language. */
export function amountSaid(value: number, unit: string): Said {
  return saidEach({ en: amountWithUnit(value, unit, 'en'), es: amountWithUnit(value, unit, 'es') });
}
