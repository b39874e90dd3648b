import { describe, expect, it } from 'vitest';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import type { Actual } from '../../../src/shared/domain/tracking/tracking-records';
import {
  resultsSpreadsheet,
  type SpreadsheetInput,
} from '../../../src/shared/export/results-spreadsheet';
import type { SheetGoal } from '../../../src/shared/export/spreadsheet-goals';
import { resultRows } from '../../../src/shared/export/spreadsheet-results';
import { csvRecords, csvSection, parseCsv } from '../../support/csv-sections';

function goal(id: string, target: number): SheetGoal {
  return {
    ...blankGoalFields('internal'),
    id,
    area: 'regulatory',
    statement: `Goal ${id}`,
    unit: 'breaks',
    direction: 'at-most',
    target,
    frequency: 'monthly',
  };
}

function actual(revision: number, goalId: string, period: string, value: number): Actual {
  return {
    id: `${revision}-${goalId}-${period}`,
    goalId,
    revision,
    period,
    value,
    source: '',
    note: '',
    recordedAt: '2028-02-03T12:00:00.000Z',
  };
}

describe('resultRows', () => {
  it('lists each result against its own revision, newest revision first, and counts the unreadable', () => {
    const revisions = [
      { revision: 1, goals: [goal('a', 5)] },
      { revision: 2, goals: [goal('a', 3)] },
    ];
    const { rows, leftOut } = resultRows(revisions, [
      actual(1, 'a', '2027-02', 4),
      actual(2, 'a', '2028-01', 4),
      actual(1, 'a', '2027-01', 6),
      actual(3, 'a', '2028-02', 1),
    ]);
    // 4 keeps revision 1's "at most 5" and misses revision 2's "at most 3".
    expect(rows.slice(1).map((row) => [row[0], row[2], row[4], row[6]])).toEqual([
      [2, '2028-01', 4, 'no'],
      [1, '2027-01', 6, 'no'],
      [1, '2027-02', 4, 'yes'],
    ]);
    expect(leftOut).toBe(1);
  });

  it('cannot tell whether a goal without a target was kept, and names no period it cannot read', () => {
    const loose = { ...goal('a', 0), target: null };
    const { rows } = resultRows([{ revision: 1, goals: [loose] }], [actual(1, 'a', '2027-Q1', 2)]);
    expect(rows[1]?.slice(0, 7)).toEqual([1, 1, '2027-Q1', '', 2, 'breaks', "can't tell"]);
  });
});

describe('resultsSpreadsheet', () => {
  const input = (agreement: SpreadsheetInput['agreement']): SpreadsheetInput => ({
    utilityName: 'Peña Water',
    systemType: 'water',
    exportedOn: '2028-02-03',
    agreement,
    approvedRevisions: [],
    actuals: [actual(4, 'a', '2028-01', 1)],
    feedback: { outreaches: [], entries: [] },
    complaints: emptyComplaintSummary,
  });

  it('says first that the draft is not approved when the approved record cannot be used', () => {
    const rows = parseCsv(
      resultsSpreadsheet(
        input({
          approved: false,
          revision: 6,
          goals: [{ ...goal('a', 2), direction: 'range', targetHigh: 4 }],
          problem: 'Revision 5 was changed outside LOS Builder.',
        }),
      ).slice(1),
    );
    expect(rows[0]).toEqual([
      "Not approved: the approved agreement cannot be used (Revision 5 was changed outside LOS Builder.), so the goals below are the working draft's, which the board has not voted on.",
    ]);
    const [draftGoal] = csvRecords(
      csvSection(rows, 'Goals of the working draft (revision 6), not approved'),
    );
    expect(draftGoal).toMatchObject({
      'Target in words': 'between 2 and 4 breaks',
      Target: '2',
      'Upper end of the range': '4',
    });
    expect(csvSection(rows, 'Results recorded after the vote')).toEqual([
      [
        'Not listed: 1 result recorded against a revision whose record cannot be read (the goals they were held to are unknown).',
      ],
    ]);
  });
});
