import { describe, expect, it } from 'vitest';
import { emptyMeeting } from '../../../src/shared/domain/approval';
import { emptyCustomerRecords } from '../../../src/shared/domain/customers/customer-records';
import { defaultReviewSettings } from '../../../src/shared/domain/review-settings';
import { wizardStateSchema } from '../../../src/shared/domain/wizard';
import { wizardSteps } from '../../../src/shared/domain/wizard-steps';
import { revSchema } from '../../../src/shared/domain/versioned';
import { emptyWorkbook, workbookSchema } from '../../../src/shared/domain/workbook';
import { cedarFlatsScope, cedarFlatsUtility } from './examples';
import { parsed, problemsOf } from './issues';

describe('wizardStateSchema', () => {
  it('accepts every step', () => {
    for (const currentStep of wizardSteps) {
      expect(parsed(wizardStateSchema, { currentStep })).toEqual({ currentStep });
    }
  });

  it('refuses an unknown step and unknown keys', () => {
    expect(problemsOf(wizardStateSchema, { currentStep: 'vote' })).toEqual([
      { path: ['currentStep'], message: 'Step must be one of the wizard steps.' },
    ]);
    expect(problemsOf(wizardStateSchema, { currentStep: 'scope', extra: 1 })).toEqual([
      { path: [], message: 'Unrecognized key: "extra"' },
    ]);
  });
});

describe('revSchema', () => {
  it('accepts zero and positive whole numbers', () => {
    for (const rev of [0, 1, 9_007_199_254_740_991]) expect(revSchema.parse(rev)).toBe(rev);
  });

  it('refuses negative, fractional and non-numeric revisions with a fitting message', () => {
    expect(problemsOf(revSchema, -1)).toEqual([{ path: [], message: 'rev cannot be negative.' }]);
    expect(problemsOf(revSchema, 1.5)).toEqual([
      { path: [], message: 'rev must be a whole number.' },
    ]);
    expect(problemsOf(revSchema, '3')).toEqual([{ path: [], message: 'rev must be a number.' }]);
  });
});

describe('workbookSchema', () => {
  it('accepts the empty workbook, which starts at revision 0 on the first step', () => {
    const empty = emptyWorkbook();
    expect(parsed(workbookSchema, empty)).toEqual(empty);
    expect(empty.utility.rev).toBe(0);
    expect(empty.scope.rev).toBe(0);
    expect(empty.wizard.currentStep).toBe('utility');
  });

  it('hands out independent copies, so editing one workbook leaves the next untouched', () => {
    const first = emptyWorkbook();
    first.utility.value.board.push({
      id: 'b1',
      name: 'Rosa',
      office: 'president',
      termEnds: '',
      onPlanningTeam: true,
    });
    first.scope.value.assets.storage = 'yes';
    const second = emptyWorkbook();
    expect(second.utility.value.board).toEqual([]);
    expect(second.scope.value.assets.storage).toBe('unknown');
  });

  it('accepts a filled workbook', () => {
    const workbook = {
      utility: { rev: 12, value: cedarFlatsUtility() },
      scope: { rev: 3, value: cedarFlatsScope() },
      goals: [],
      customers: {
        ...emptyCustomerRecords(),
        outreaches: [
          {
            id: 'o1',
            rev: 0,
            method: 'annual-meeting',
            date: '2026-05-12',
            place: 'Community hall',
            reached: 60,
            answered: 25,
            notes: '',
          },
        ],
      },
      review: { rev: 2, value: defaultReviewSettings },
      agreement: { revision: 2, status: 'draft' },
      meeting: { rev: 4, value: { ...emptyMeeting, date: '2027-03-09', seats: 5 } },
      approvals: [],
      tracking: { actuals: [], outages: [], reviews: [], followUps: [] },
      wizard: { currentStep: 'review' },
      example: false,
    };
    expect(parsed(workbookSchema, workbook)).toEqual(workbook);
  });

  it('reports problems deep inside with their full path', () => {
    const workbook = emptyWorkbook();
    const utility = { ...cedarFlatsUtility(), connections: 2.5 };
    expect(
      problemsOf(workbookSchema, { ...workbook, utility: { rev: 1, value: utility } }),
    ).toEqual([
      {
        path: ['utility', 'value', 'connections'],
        message: 'Connections must be a whole number, such as 250.',
      },
    ]);
  });

  it('refuses a record without a revision and unknown sections', () => {
    const workbook = emptyWorkbook();
    expect(
      problemsOf(workbookSchema, { ...workbook, scope: { value: workbook.scope.value } }),
    ).toEqual([{ path: ['scope', 'rev'], message: 'rev must be a number.' }]);
    expect(problemsOf(workbookSchema, { ...workbook, finances: [] })).toEqual([
      { path: [], message: 'Unrecognized key: "finances"' },
    ]);
  });
});
