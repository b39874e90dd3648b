import type { GoalKind } from '@shared/domain/goal';
import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import type { StepHelp } from '../../form-kit/HelpPanel';
import type { Text } from '../../i18n/use-text';

/** What each kind of goal is, in the words of the service the utility runs. */
function examples(text: Text, kind: GoalKind, systemType: SystemType | null): string {
  return text(`goals.examples.${kind}.${wordedSystemType(systemType)}`);
}

/** The step's introduction: what its kind of goal is and where it comes from. */
export function goalKindIntro(text: Text, kind: GoalKind, systemType: SystemType | null): string {
  return text(`goals.intro.${kind}`, { examples: examples(text, kind, systemType) });
}

/** Drawn from DOMAIN.md sections 1, 3 and 5. */
export function goalsHelp(text: Text, kind: GoalKind, systemType: SystemType | null): StepHelp {
  const shared = [
    {
      heading: text('goals.help.startSmall.heading'),
      text: text('goals.help.startSmall.text'),
    },
    {
      heading: text('goals.help.measurable.heading'),
      text: text('goals.help.measurable.text'),
    },
    {
      heading: text('goals.help.fromToday.heading'),
      text: text('goals.help.fromToday.text'),
    },
    {
      heading: text('goals.help.limits.heading'),
      text: text(`goals.help.limits.${wordedSystemType(systemType)}`),
    },
  ];
  const whatItIs = {
    heading: text(`goals.help.${kind}.heading`),
    text: text(`goals.help.${kind}.text`, { examples: examples(text, kind, systemType) }),
  };
  if (kind === 'internal') {
    return { who: text('goals.help.internal.who'), points: [whatItIs, ...shared] };
  }
  return {
    who: text('goals.help.external.who'),
    points: [
      whatItIs,
      {
        heading: text('goals.help.fromCustomers.heading'),
        text: text('goals.help.fromCustomers.text'),
      },
      ...shared,
    ],
  };
}
