import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

/** Drawn from DOMAIN.md section 4. */
export function signedHelp(text: Text): StepHelp {
  return {
    who: text('signed.help.who'),
    points: [
      { heading: text('signed.help.signing.heading'), text: text('signed.help.signing.text') },
      {
        heading: text('signed.help.fingerprint.heading'),
        text: text('signed.help.fingerprint.text', { check: text('signed.copy.title') }),
      },
      {
        heading: text('signed.help.customers.heading'),
        text: text('signed.help.customers.text'),
      },
      { heading: text('signed.help.nextYear.heading'), text: text('signed.help.nextYear.text') },
    ],
  };
}
