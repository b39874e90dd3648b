import { wordedSystemType } from '@shared/domain/service-words';
import type { SystemType } from '@shared/domain/utility';
import type { StepHelp } from '../../form-kit/HelpPanel';

/** The legal minimums in the words of the service the utility runs (regulatory-floors.ts). */
const floorWords: Record<SystemType, string> = {
  water:
    'Most states require at least 20 psi of pressure everywhere; some require 25 or 35. Change the floor below if your state differs.',
  wastewater:
    'Most discharge permits ask for an overflow to be reported to the state within 24 hours; check your permit, and change the floor below if yours differs.',
  both: 'Most states require at least 20 psi of water pressure everywhere (some 25 or 35), and most discharge permits ask for a sewer overflow to be reported within 24 hours. Change the floors below if yours differ.',
};

/** Drawn from DOMAIN.md sections 1 and 5. */
export function reviewHelp(systemType: SystemType | null): StepHelp {
  return {
    who: 'Board president and operator together, before the board meeting',
    points: [
      {
        heading: 'What this checks',
        text: 'That every goal can be measured, stays within what the equipment can do and the services the utility runs, meets the legal minimum, and that the list is a manageable size with both internal and external goals.',
      },
      {
        heading: 'Must fix, worth a look, notes',
        text: 'Only a few things must be fixed before the board approves. The rest is advice: the board may accept it, and the reason is kept.',
      },
      {
        heading: 'A manageable number',
        text: 'Start with 10 to 12 simple goals from 3 or 4 areas. Past 15 goals, tracking them often costs more than it is worth.',
      },
      {
        heading: 'The legal minimum differs by state',
        text: floorWords[wordedSystemType(systemType)],
      },
      {
        heading: 'Set targets from today',
        text: "Each target should be at or slightly better than today's level. A big jump is a stretch: put what it costs in the goal's cost note.",
      },
    ],
  };
}
