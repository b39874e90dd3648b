import type {
  FeedbackEntryFields,
  FeedbackTopic,
  FeedbackStrength,
  OutreachFields,
} from '../../src/shared/domain/customers/feedback-entry';
import type { FeedbackPlan } from '../../src/shared/domain/customers/feedback-plan';
import { blankEntryFields } from '../../src/shared/domain/customers/feedback-entry';

export const examplePlan: FeedbackPlan = {
  profile: {
    usesInternet: true,
    usesSocialMedia: true,
    holdsAnnualMeeting: true,
    keepsComplaintLog: true,
  },
  methods: [
    { method: 'annual-meeting', plannedOn: '2025-04-15', notes: 'Cards handed out at the door.' },
    { method: 'mail-survey', plannedOn: '2025-05-01', notes: 'A card in every May bill.' },
    {
      method: 'complaint-log',
      plannedOn: '2025-06-30',
      notes: 'The office’s call log since 2024.',
    },
  ],
};

export const exampleOutreaches: readonly OutreachFields[] = [
  {
    method: 'annual-meeting',
    date: '2025-04-15',
    place: 'Cedar Creek Grange Hall',
    reached: 62,
    answered: 12,
    notes: 'Coffee and pie from the Grange auxiliary.',
  },
  {
    method: 'mail-survey',
    date: '2025-05-01',
    place: 'With the May bill',
    reached: 340,
    answered: 20,
    notes: 'Returned by mail or dropped at the office until May 31.',
  },
];

type Said = [FeedbackTopic, FeedbackStrength, string];

/** What customers wrote in the comments, one card each: the meeting's 12, then the mail's 20. */
const comments: readonly Said[] = [
  ['pressure', 'strong', 'Ridge Road pressure drops to a trickle on summer evenings.'],
  ['outages', 'moderate', 'Tell us sooner when you shut the water off for repairs.'],
  ['billing', 'mild', 'The new bill is easier to read. Thank you.'],
  ['water-quality', 'moderate', 'Water smells of chlorine after the spring flushing.'],
  ['response', 'strong', 'I called twice about a leak by the road & nobody called back.'],
  ['pressure', 'moderate', 'Shower pressure is weak upstairs.'],
  ['rates', 'moderate', 'Rates went up two years running; explain why.'],
  ['courtesy', 'mild', 'Luis is always helpful when he reads the meters.'],
  ['leaks', 'moderate', 'Leak on Mill Lane ran for a week before it was fixed.'],
  ['outages', 'strong', 'The water went off during calving with no warning.'],
  ['conservation', 'mild', 'Send tips for saving water in the summer.'],
  ['water-quality', 'mild', 'Water tastes fine to us.'],
  ['pressure', 'strong', 'Cannot run the sprinkler and the washer at the same time.'],
  ['billing', 'moderate', 'Would like to pay online.'],
  ['outages', 'moderate', 'Two days’ notice would let us fill jugs and stock tanks.'],
  ['response', 'moderate', 'Took three weeks to hear back about my meter.'],
  ['water-quality', 'moderate', 'Brown water after the main break in March.'],
  ['courtesy', 'mild', 'Office staff are friendly.'],
  ['rates', 'strong', 'On a fixed income; another increase would hurt.'],
  ['pressure', 'mild', 'Pressure is fine on Creek Road.'],
  ['leaks', 'mild', 'Glad the district is looking for leaks.'],
  ['other', 'mild', 'Please post the meeting agenda on Facebook.'],
  ['outages', 'mild', 'Outages are rare and fixed fast.'],
  ['water-quality', 'strong', 'White spots on every glass: hard water.'],
  ['response', 'mild', 'Crew came the same day for a broken box lid.'],
  ['billing', 'mild', 'Bill arrives after the due date some months.'],
  ['pressure', 'moderate', 'Pressure too low for the new water heater.'],
  ['conservation', 'mild', 'Would like to know how much water we use each month.'],
  ['rates', 'moderate', 'Keep rates steady, fix the pipes first.'],
  ['outages', 'moderate', 'A text message before a shutoff would help.'],
  ['courtesy', 'mild', 'Thank you for the open meeting.'],
  ['water-quality', 'mild', 'The yearly water report was clear.'],
];

const names = ['Tomás Ruiz', 'Peggy Lund', 'Ray & Donna Sims', 'Ana Beltrán', ''];

/** A small fixed generator: the same cards come out every time the example is made. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick<T>(random: () => number, choices: readonly T[]): T {
  return choices[Math.floor(random() * choices.length)] as T;
}

/** Every card's answers, the comments above and the other questions answered as a neighbor might. */
export function exampleCards(importanceGoalIds: readonly string[]): FeedbackEntryFields[] {
  const random = seeded(2025);
  return comments.map(([topic, strength, said], index) => {
    const unhappy = strength === 'strong';
    const score = () =>
      unhappy ? pick(random, [1, 2, 3] as const) : pick(random, [3, 4, 5] as const);
    const ranks = pick(random, [
      ['reliable', 'affordable', 'water-quality', 'informed', 'saving-water'],
      ['affordable', 'reliable', 'water-quality', 'saving-water', 'informed'],
      ['water-quality', 'reliable', 'informed', 'affordable', 'saving-water'],
    ] as const);
    return {
      ...blankEntryFields(topic),
      topic,
      strength,
      said,
      satisfaction: score(),
      acceptableOutageHours: pick(random, [2, 4, 4, 8, 8, 24] as const),
      noticeDays: pick(random, [1, 2, 2, 2, 7] as const),
      willingToPay: pick(random, ['as-now', 'as-now', 'plus-10', 'plus-10', 'plus-50'] as const),
      ratings: {
        taste: score(),
        pressure: topic === 'pressure' ? pick(random, [1, 2] as const) : score(),
        reliability: score(),
        response: topic === 'response' ? 2 : pick(random, [3, 4, 5, 'dont-know'] as const),
        billing: score(),
        courtesy: pick(random, [4, 5] as const),
      },
      problems:
        topic === 'pressure'
          ? ['low-pressure']
          : topic === 'water-quality' && unhappy
            ? ['hard-water', 'discolored']
            : index % 3 === 0
              ? ['none']
              : [pick(random, ['billing', 'no-water', 'bad-taste'] as const)],
      priorities: Object.fromEntries(ranks.map((priority, rank) => [priority, rank + 1])),
      contact:
        index % 2 === 0 ? ['text', 'bill'] : [pick(random, ['mail', 'email', 'facebook'] as const)],
      importance: Object.fromEntries(
        importanceGoalIds.map((id) => [
          `goal:${id}`,
          pick(random, ['somewhat', 'very', 'very'] as const),
        ]),
      ),
      name: index % 4 === 0 ? (names[(index / 4) % names.length] ?? '') : '',
      address: '',
    };
  });
}
