import type { StepHelp } from '../../components/HelpPanel';

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
  {
    heading: 'Stay within the limits',
    text: 'Promise only what your wells, pipes, tanks and pumps can do today, and never less than the law requires (such as 20 psi minimum pressure in most states).',
  },
];

/** Drawn from DOMAIN.md sections 1, 3 and 5. */
export const internalGoalsHelp: StepHelp = {
  who: 'Operator proposes, board decides',
  points: [
    {
      heading: 'What an internal goal is',
      text: 'How the system is run, set by the people who run it: maintenance on schedule, energy used per gallon, pipe breaks per mile of main, water lost before it reaches a meter.',
    },
    ...shared,
  ],
};

export const externalGoalsHelp: StepHelp = {
  who: 'Board decides, with what customers said',
  points: [
    {
      heading: 'What an external goal is',
      text: 'What customers feel at the tap: how fast the water is back on after an outage, how soon a complaint is answered, how much notice of a planned shutoff, the least pressure they get.',
    },
    {
      heading: 'They come from customers',
      text: 'Ask customers what matters to them and what they would pay for, before setting these targets. Customers often want more but will not pay for it; the target should reflect both.',
    },
    ...shared,
  ],
};
