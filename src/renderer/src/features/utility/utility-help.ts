import type { StepHelp } from '../../form-kit/HelpPanel';

/** Drawn from DOMAIN.md sections 1, 4 and 5. */
export const utilityHelp: StepHelp = {
  who: 'Operator supplies, board decides',
  points: [
    {
      heading: 'Why it matters',
      text: 'These facts head the agreement the whole board will sign: who you are, what you run and how big you are. The size also suggests how to hear from customers later.',
    },
    {
      heading: 'Where to find the numbers',
      text: 'The operator or the billing list has the number of connections. The system ID is on your sampling letters or your discharge permit. A rough number of miles of pipe is fine.',
    },
    {
      heading: 'Who drafts the goals',
      text: 'In a small utility the board president and the operator usually draft the goals together. Only the full board can approve them, at a noticed meeting with a recorded vote.',
    },
    {
      heading: 'Typical sizes',
      text: 'Small systems serve from a few dozen to a few thousand connections. Nothing here needs to be exact to get started; you can change it later.',
    },
  ],
};
