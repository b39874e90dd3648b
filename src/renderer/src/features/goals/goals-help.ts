import type { GoalKind } from '@shared/domain/goal';
import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import type { StepHelp } from '../../form-kit/HelpPanel';

/** What each kind of goal is, in the words of the service the utility runs. */
const kindWords: Record<GoalKind, Record<SystemType, string>> = {
  internal: {
    water:
      'maintenance on schedule, energy used per gallon, pipe breaks per mile of main, water lost before it reaches a meter',
    wastewater:
      'maintenance on schedule, energy used per gallon treated, sewer mains cleaned on a cycle, lift station alarms tested',
    both: 'maintenance on schedule, energy used per gallon, pipe breaks per mile of main, sewer mains cleaned on a cycle',
  },
  external: {
    water:
      'how fast the water is back on after an outage, how soon a complaint is answered, how much notice of a planned shutoff, the least pressure at the tap',
    wastewater:
      'how fast a crew comes after a sewer backup, how soon a complaint is answered, odors kept away from homes, how soon neighbors hear of an overflow',
    both: 'how fast the water is back on after an outage or a crew comes after a sewer backup, how soon a complaint is answered, how much notice of a planned shutoff, the least pressure at the tap',
  },
};

const limitWords: Record<SystemType, string> = {
  water:
    'Promise only what your wells, pipes, tanks and pumps can do today, and never less than the law requires (such as 20 psi minimum pressure in most states).',
  wastewater:
    'Promise only what your sewers, lift stations and plant can do today, and never less than the law and your discharge permit require (such as reporting an overflow to the state on time).',
  both: 'Promise only what your wells, tanks, sewers, lift stations and plant can do today, and never less than the law and your discharge permit require (such as 20 psi minimum water pressure in most states).',
};

/** The step's introduction: what its kind of goal is and where it comes from. */
export function goalKindIntro(kind: GoalKind, systemType: SystemType | null): string {
  const examples = kindWords[kind][wordedSystemType(systemType)];
  return kind === 'internal'
    ? `Internal goals set how the system is run, and the staff who run it help set them: ${examples}. Add them from the library or write your own.`
    : `External goals are the service customers feel: ${examples}. They come from what customers want.`;
}

/** Drawn from DOMAIN.md sections 1, 3 and 5. */
export function goalsHelp(kind: GoalKind, systemType: SystemType | null): StepHelp {
  const type = wordedSystemType(systemType);
  const shared = [
    {
      heading: 'Start small',
      text: 'Begin with 10 to 12 simple goals from 3 or 4 areas, inside and outside together. You can add more next year, once tracking them is a habit.',
    },
    {
      heading: 'Make each goal measurable',
      text: 'Every goal needs a unit and a number to aim for (or a plain yes or no), so anyone can tell at the end of the year whether it was met.',
    },
    {
      heading: 'Set the target from today',
      text: "Write down today's level (the baseline) and set the target at or slightly better than it. A big jump is a stretch: it usually costs money, so budget for it.",
    },
    { heading: 'Stay within the limits', text: limitWords[type] },
  ];
  if (kind === 'internal') {
    return {
      who: 'Operator proposes, board decides',
      points: [
        {
          heading: 'What an internal goal is',
          text: `How the system is run, set by the people who run it: ${kindWords.internal[type]}.`,
        },
        ...shared,
      ],
    };
  }
  return {
    who: 'Board decides, with what customers said',
    points: [
      {
        heading: 'What an external goal is',
        text: `What customers feel at home: ${kindWords.external[type]}.`,
      },
      {
        heading: 'They come from customers',
        text: 'Ask customers what matters to them and what they would pay for, before setting these targets. Customers often want more but will not pay for it; the target should reflect both.',
      },
      ...shared,
    ],
  };
}
