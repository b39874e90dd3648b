import type { StepHelp } from '../../form-kit/HelpPanel';

/** Drawn from DOMAIN.md section 4. */
export const approvalHelp: StepHelp = {
  who: 'The board secretary records it at the board meeting',
  points: [
    {
      heading: 'Only the full board can approve',
      text: 'The board acts as a body, at a meeting noticed to the public, by a motion that is moved, seconded and voted on, with the vote in the minutes.',
    },
    {
      heading: 'Before the meeting',
      text: 'Put the draft PDF from the Review step in the board packet, and fill in the date, place and notice here.',
    },
    {
      heading: 'At the meeting',
      text: 'Turn on meeting mode so everyone can see the roll call. Record each member’s vote as it is cast; the outcome is worked out by your board’s rule.',
    },
    {
      heading: 'Approving freezes the version',
      text: 'Once approved, this revision cannot change, so the copy the board signs matches what it adopted. Next year, start a new revision from it.',
    },
  ],
};
