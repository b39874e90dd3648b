import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

/**
 * Drawn from DOMAIN.md sections 1 and 5; the legal minimums in the words of the service the
 * utility runs (regulatory-floors.ts).
 */
export function reviewHelp(text: Text, systemType: SystemType | null): StepHelp {
  return {
    who: text('review.help.who'),
    points: [
      { heading: text('review.help.checks'), text: text('review.help.checksText') },
      { heading: text('review.help.kinds'), text: text('review.help.kindsText') },
      { heading: text('review.help.number'), text: text('review.help.numberText') },
      {
        heading: text('review.help.floor'),
        text: text(`review.help.floor.${wordedSystemType(systemType)}`),
      },
      { heading: text('review.help.targets'), text: text('review.help.targetsText') },
    ],
  };
}
