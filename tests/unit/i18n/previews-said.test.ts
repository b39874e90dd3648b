import { describe, expect, it } from 'vitest';
import {
  applyDecisions,
  decisionsOf,
  reasonsByGoal,
} from '../../../src/shared/domain/annual-review/apply-decisions';
import { readCsvTable } from '../../../src/shared/domain/csv/read-csv-table';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import { previewResults } from '../../../src/shared/domain/tracking/csv/preview-results';
import type { ResultGoal } from '../../../src/shared/domain/tracking/csv/result-entry';
import { previewOutages } from '../../../src/shared/domain/tracking/outage-csv/preview-outages';
import type { ReviewDecision } from '../../../src/shared/domain/tracking/review-records';
import { previewsMessages } from '../../../src/shared/i18n/messages/previews-messages';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { revisionChanges } from '../../../src/shared/pdf/revision-changes';
import { revisionPlan } from '../../../src/shared/pdf/revision-plan';

const both = (message: Said) => [sayIn(message, 'en'), sayIn(message, 'es')];

/** Goals as main hands them to the results import: one per way a period and a figure are said. */
const resultGoals: ResultGoal[] = [
  {
    id: 'g-day',
    number: 1,
    statement: 'Outages are short.',
    direction: 'at-most',
    unit: 'hours',
    spanishUnit: '',
    frequency: 'each-event',
  },
  {
    id: 'g-month',
    number: 2,
    statement: 'Few main breaks.',
    direction: 'at-most',
    unit: 'breaks per 100 miles',
    spanishUnit: 'roturas por cada 100 millas',
    frequency: 'monthly',
  },
  {
    id: 'g-quarter',
    number: 3,
    statement: 'Complaints answered.',
    direction: 'at-most',
    unit: 'working days',
    spanishUnit: '',
    frequency: 'quarterly',
  },
  {
    id: 'g-sample',
    number: 4,
    statement: 'Every sample taken.',
    direction: 'yes-no',
    unit: '',
    spanishUnit: '',
    frequency: 'monthly',
  },
];

function resultsPreview(csv: string) {
  return previewResults({
    table: readCsvTable(csv, 'results'),
    mapping: null,
    goals: resultGoals,
    check: () => null,
    recorded: [],
  });
}

describe('the results import preview in the reader’s language', () => {
  it('says each row’s period and figure in Spanish, and in English as before', () => {
    const preview = resultsPreview(
      [
        'Goal,Period,Result',
        '1,3/4/2027,48',
        '2,Nov 2027,3',
        '3,2027-Q1,2',
        '4,Nov 2027,yes',
        '4,Dec 2027,no',
      ].join('\n'),
    );
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((row) => [...both(row.periodWords), ...both(row.valueWords)])).toEqual([
      ['Thursday, March 4, 2027', 'jueves, 4 de marzo de 2027', '48 hours', '48 horas'],
      [
        'November 2027',
        'noviembre de 2027',
        '3 breaks per 100 miles',
        '3 roturas por cada 100 millas',
      ],
      ['January–March 2027', 'enero–marzo de 2027', '2 working days', '2 días hábiles'],
      ['November 2027', 'noviembre de 2027', 'yes', 'sí'],
      ['December 2027', 'diciembre de 2027', 'no', 'no'],
    ]);
  });

  it('gives a refused date’s example in the reader’s language, though main read the file', () => {
    const preview = resultsPreview(
      'Goal,Period,Result\n1,Feb 30 2027,3\n1,viernes 4 marzo 2027,3\n',
    );
    expect(preview.problems.map((problem) => sayIn(problem.message, 'es'))).toEqual([
      'Fila 2, Periodo: febrero de 2027 tiene 28 días, así que “Feb 30 2027” no es una fecha. Escriba un día que exista, como 28 de febrero de 2027.',
      'Fila 3, Periodo: el 4 de marzo de 2027 es jueves, no viernes. Revise la fecha, o quite el día de la semana, como 4 de marzo de 2027.',
    ]);
    expect(preview.problems.map((problem) => sayIn(problem.message, 'en'))).toEqual([
      'Row 2, Period: February 2027 has 28 days, so “Feb 30 2027” is not a date. Write a real day, such as February 28, 2027.',
      'Row 3, Period: March 4, 2027 is a Thursday, not a Friday. Check the date, or leave out the day of the week, such as March 4, 2027.',
    ]);
  });
});

describe('the outage import preview in the reader’s language', () => {
  it('says when service was out in Spanish, and in English as before', () => {
    const preview = previewOutages({
      table: readCsvTable(
        [
          'Start date,Start time,End date,End time,Planned?',
          '3/4/2028,2:05 PM,3/4/2028,6:30 PM,yes',
          '3/6/2028,10:00 PM,3/7/2028,,no',
          '3/9/2028,,,,no',
        ].join('\n'),
        'outages',
      ),
      mapping: null,
      recorded: [],
    });
    expect(preview.rows.map((row) => both(row.when))).toEqual([
      [
        'Saturday, March 4, 2028, 2:05 PM to 6:30 PM',
        'sábado, 4 de marzo de 2028, 2:05 p. m. hasta 6:30 p. m.',
      ],
      [
        'Monday, March 6, 2028, 10:00 PM to Tuesday, March 7, 2028',
        'lunes, 6 de marzo de 2028, 10:00 p. m. hasta martes, 7 de marzo de 2028',
      ],
      ['Thursday, March 9, 2028 (no end recorded)', 'jueves, 9 de marzo de 2028 (sin fin anotado)'],
    ]);
  });
});

function goal(id: string, changes: Partial<Goal>): Goal {
  return { ...blankGoalFields('internal'), area: 'customer-service', ...changes, id, rev: 3 };
}

function decision(goalId: string, changes: Partial<ReviewDecision>): ReviewDecision {
  return {
    id: `d-${goalId}`,
    revision: 5,
    goalId,
    choice: 'keep',
    newTarget: null,
    reason: '',
    decidedAt: '2028-02-03T12:00:00.000Z',
    ...changes,
  };
}

const breaks = goal('breaks', {
  statement: 'Our water mains seldom break.',
  unit: 'breaks per 100 miles',
  spanish: {
    statement: 'Las tuberías casi nunca se rompen.',
    measure: '',
    unit: 'roturas por cada 100 millas',
  },
  direction: 'at-most',
  target: 9,
});
const answers = goal('answers', {
  statement: 'We answer complaints quickly.',
  unit: 'working days',
  direction: 'at-most',
  target: 2,
});
const samples = goal('samples', { kind: 'external', statement: 'Every sample is taken.' });
const pressure = goal('pressure', {
  statement: 'Enough pressure.',
  unit: 'psi',
  direction: 'at-least',
  target: 25,
});
const reviewed = [breaks, answers, samples, pressure];
const decided = decisionsOf(
  [
    decision('breaks', { choice: 'raise', newTarget: 7 }),
    decision('answers', { choice: 'lower', newTarget: 3, reason: 'Two operators left.' }),
    decision('samples', { choice: 'reword' }),
    decision('pressure', { choice: 'drop', reason: 'The county checks it now.' }),
  ],
  5,
);

describe('the annual review’s plan and reasons in the reader’s language', () => {
  it('lists each decision in Spanish, the board’s statement as typed, and in English as before', () => {
    const plan = revisionPlan(reviewed, decided);
    expect(plan.map((item) => sayIn(item.text, 'es'))).toEqual([
      'Meta 1, “Our water mains seldom break.”: el objetivo sube de como máximo 9 roturas por cada 100 millas a como máximo 7 roturas por cada 100 millas.',
      'Meta 2, “We answer complaints quickly.”: el objetivo baja de como máximo 2 días hábiles a como máximo 3 días hábiles.',
      'Meta 3, “Every sample is taken.”: se deja como está, para que usted la reescriba en el paso 5.',
      'Meta 4, “Enough pressure.”: se quita de la nueva revisión.',
    ]);
    expect(plan.map((item) => sayIn(item.text, 'en'))).toEqual([
      'Goal 1, “Our water mains seldom break.”: target raised from at most 9 breaks per 100 miles to at most 7 breaks per 100 miles.',
      'Goal 2, “We answer complaints quickly.”: target lowered from at most 2 working days to at most 3 working days.',
      'Goal 3, “Every sample is taken.”: left as it is, for you to reword in step 5.',
      'Goal 4, “Enough pressure.”: dropped from the new revision.',
    ]);
  });

  it('introduces the board’s reason in the paper’s language, the reason as typed', () => {
    const reasonsIn = (language: 'en' | 'es') =>
      revisionChanges(
        { revision: 5, goals: reviewed, mission: 'Safe water.' },
        { goals: applyDecisions(reviewed, decided), mission: 'Safe water.' },
        reasonsByGoal(decided),
        language,
      ).goals.flatMap((change) =>
        change.details.filter(
          (detail) => detail.includes('operators') || detail.includes('county'),
        ),
      );
    expect(reasonsIn('es')).toEqual([
      'Razón dada en la revisión anual: Two operators left.',
      'Razón dada en la revisión anual: The county checks it now.',
    ]);
    expect(reasonsIn('en')).toEqual([
      'Reason given at the annual review: Two operators left.',
      'Reason given at the annual review: The county checks it now.',
    ]);
  });
});

describe('the previews area', () => {
  it('has Spanish words for each English message, never the English itself', () => {
    for (const [key, english] of Object.entries(previewsMessages.en)) {
      const spanish = previewsMessages.es[key as keyof typeof previewsMessages.es];
      // Only placeholders and punctuation: the same in both languages.
      if (key === 'previews.momentAt') continue;
      expect(spanish).not.toBe(english);
    }
  });
});
