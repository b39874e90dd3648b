import type { BoardMemberInput } from './pages/utility-step';

// What the new board president of new-user.spec.ts types, and what the app must read from it.
// Every date is written the way people write them, never as YYYY-MM-DD.

/** Every character an HTML or PDF writer can trip on, and accents. */
export const utilityName = `Agua Fría & Sons' "Mutual" <Domestic> Water Co-op`;

export const board: (BoardMemberInput & { termEnds: string; inWords: string })[] = [
  {
    name: 'Rosa Martínez',
    office: 'President',
    termEnds: '6/30/27',
    inWords: 'Wednesday, June 30, 2027',
  },
  {
    name: 'José Ángel Peña',
    office: 'Vice-President',
    termEnds: 'Jan 31 2028',
    inWords: 'Monday, January 31, 2028',
  },
  {
    name: "Siobhán O'Neil",
    office: 'Secretary',
    termEnds: 'December 31, 2027',
    inWords: 'Friday, December 31, 2027',
  },
  {
    name: 'Tom Nakai',
    office: 'Treasurer',
    termEnds: '12/31/2028',
    inWords: 'Sunday, December 31, 2028',
  },
  {
    name: 'Lupe García-Baca',
    office: 'Member',
    termEnds: 'June 30, 2029',
    inWords: 'Saturday, June 30, 2029',
  },
];

export const internalGoals = {
  mains: 'Our water mains seldom break or leak.',
  waterLoss: 'We lose little of the water we produce to leaks and unbilled use.',
  /** Written from a blank goal. */
  pumps: 'Every pump station is checked each week.',
};

export const externalGoals = {
  complaints: 'We get back to every customer who complains quickly and settle the matter promptly.',
  pressure:
    'Every customer has enough water pressure, even at the hardest-to-reach spot in the system.',
};

export const hydrantGoal =
  'Every fire hydrant is inspected and flushed each year so it works when needed.';

/** Cards from the annual meeting, each with the number key of its topic. */
export const meetingComments: [said: string, topicKey: string][] = [
  ['Pressure drops every evening on the hill', '2'],
  ['The leak at my meter box took a week to fix', '4'],
  ['The bill is hard to read', '5'],
];

/**
 * tests/e2e/data/complaint-log-separate-times.csv, worked out by hand. Responses (date and time
 * known at both ends): 1, 2, 3, 16, 1, 1, 4 and 2 hours, median 2 h, 90th percentile
 * 4 + 0.3 × 12 = 7.6 h. Resolutions (closed on a date only, so counted in whole days): 0, 1, 2,
 * 1, 0, 2, 3 and 0 days, median 1 day, 90% within 3 days.
 */
export const wholeLogLine =
  'The complaint log: 8 complaints from February 3, 2026 to June 12, 2026; median response 2 h, 90% within 7.6 h; median time to resolve 1 day, 90% within 3 days';

/** The log's rows by topic, as the agreement's table prints them: hours, then whole days. */
export const complaintTableRows = [
  'Pressure 3 1 h 1.8 h 1 day 2 days',
  'Water quality 2 3.5 h 3.9 h 2 days 3 days',
  'Leaks 2 9 h 15 h same day 1 day',
  'Billing 1 1 h 1 h same day same day',
];

/** Yesterday on this computer's calendar, as a US board secretary writes it, and in words. */
export const yesterday = ((day: Date) => {
  day.setDate(day.getDate() - 1);
  const words = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      ...options,
    });
  return {
    typed: `${day.getMonth() + 1}/${day.getDate()}/${day.getFullYear()}`,
    /** Beside the field: "Friday, December 4, 2026". */
    inWords: words({ weekday: 'long' }).format(day),
    /** In the agreement: "December 4, 2026". */
    printed: words({}).format(day),
  };
})(new Date());
