import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

/** Drawn from DOMAIN.md sections 1, 4 and 5. */
export function utilityHelp(text: Text): StepHelp {
  return {
    who: text('utility.help.who'),
    points: [
      { heading: text('utility.help.why'), text: text('utility.help.whyText') },
      { heading: text('utility.help.where'), text: text('utility.help.whereText') },
      { heading: text('utility.help.drafts'), text: text('utility.help.draftsText') },
      { heading: text('utility.help.sizes'), text: text('utility.help.sizesText') },
    ],
  };
}
