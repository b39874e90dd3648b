import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

const points = ['why', 'size', 'typing', 'private', 'goal'] as const;

/** Drawn from DOMAIN.md section 3 and the seed text on external goals. */
export function customersHelp(text: Text): StepHelp {
  return {
    who: text('customers.help.who'),
    points: points.map((point) => ({
      heading: text(`customers.help.${point}.heading`),
      text: text(`customers.help.${point}.text`),
    })),
  };
}
