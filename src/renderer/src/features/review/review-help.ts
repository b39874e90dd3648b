import type { StepHelp } from '../../components/HelpPanel';

/** Drawn from DOMAIN.md sections 1 and 5. */
export const reviewHelp: StepHelp = {
  who: 'Board president and operator together, before the board meeting',
  points: [
    {
      heading: 'What this checks',
      text: 'That every goal can be measured, stays within what the equipment can do, meets the legal minimum, and that the list is a manageable size with both internal and external goals.',
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
      text: 'Most states require at least 20 psi of pressure everywhere; some require 25 or 35. Change the floor below if your state differs.',
    },
    {
      heading: 'Set targets from today',
      text: "Each target should be at or slightly better than today's level. A big jump is a stretch: put what it costs in the goal's cost note.",
    },
  ],
};
