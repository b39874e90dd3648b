import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

/** Drawn from DOMAIN.md section 4. */
export function approvalHelp(text: Text): StepHelp {
  return {
    who: text('approval.help.who'),
    points: [
      { heading: text('approval.help.body'), text: text('approval.help.bodyText') },
      { heading: text('approval.help.before'), text: text('approval.help.beforeText') },
      { heading: text('approval.help.at'), text: text('approval.help.atText') },
      { heading: text('approval.help.freezes'), text: text('approval.help.freezesText') },
    ],
  };
}
