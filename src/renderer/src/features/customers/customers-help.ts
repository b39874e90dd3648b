import type { StepHelp } from '../../form-kit/HelpPanel';

/** Drawn from DOMAIN.md section 3 and the seed text on external goals. */
export const customersHelp: StepHelp = {
  who: 'Board and operator, with the customers themselves',
  points: [
    {
      heading: 'Why ask',
      text: 'External goals must come from a real conversation with customers: what they notice, what they put up with, and what they would pay to change.',
    },
    {
      heading: 'Ways that fit your size',
      text: 'Under about 100 customers, knock on doors. With an annual meeting, ask there. Larger systems use focus groups, a survey with the bill, or an internet poll. Every utility can learn from its call and complaint log.',
    },
    {
      heading: 'Typing a stack of cards',
      text: 'Pick the outreach, then type each card: the words, a number key for the topic and each answer, and Enter to save. The form clears for the next card.',
    },
    {
      heading: 'Names stay private',
      text: 'A name or address on a card is kept in this app only. It never appears in the agreement, the customer summary or any other PDF.',
    },
    {
      heading: 'From what you heard to a goal',
      text: 'Customers satisfied and unwilling to pay: keep the target where it is. Customers want more and would pay: raise it, and budget for it. Link the evidence to each external goal.',
    },
  ],
};
