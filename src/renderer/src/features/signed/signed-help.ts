import type { StepHelp } from '../../form-kit/HelpPanel';

/** Drawn from DOMAIN.md section 4. */
export const signedHelp: StepHelp = {
  who: 'The board president and secretary sign; the operator prepares it',
  points: [
    {
      heading: 'Signing',
      text: 'Print the agreement after the vote. The president signs, the secretary attests and the operator signs as the one who prepared it, each with the date.',
    },
    {
      heading: 'The fingerprint',
      text: 'Every page carries a short fingerprint of exactly what the board approved. Type it in “Check a printed copy” to find out which version a paper copy is.',
    },
    {
      heading: 'Telling customers',
      text: 'The one-page customer summary fits a bill insert, a newsletter or the yearly report you send customers. Print it in English or Spanish.',
    },
    {
      heading: 'Next year',
      text: 'Review every goal at least once a year. Start a new revision from this one when the board wants to change it.',
    },
  ],
};
