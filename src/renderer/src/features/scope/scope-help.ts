import type { StepHelp } from '../../components/HelpPanel';

/** Drawn from DOMAIN.md sections 1 and 5. */
export const scopeHelp: StepHelp = {
  who: 'Board decides, operator answers the questions about equipment',
  points: [
    {
      heading: 'Why it matters',
      text: 'Every promise in the agreement must sit between two limits: the rules the system must follow, and what its wells, pipes, tanks and pumps can really do.',
    },
    {
      heading: 'Start small',
      text: 'Choose three or four goal areas now. Later you will write about 10 to 12 simple goals in them; you can add more next year.',
    },
    {
      heading: 'An example',
      text: 'A system with only small pipes and no hydrants cannot promise fire protection. That belongs in the plan for future building work, and enters the agreement once it is built.',
    },
    {
      heading: 'The mission statement',
      text: 'It comes first in the agreement. One or two plain sentences are enough.',
    },
  ],
};
