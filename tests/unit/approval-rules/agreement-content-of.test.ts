import { describe, expect, it } from 'vitest';
import { agreementContentOf } from '../../../src/shared/domain/approval-rules/agreement-content-of';
import { agreementContentSchema } from '../../../src/shared/domain/agreement-version';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { emptyWorkbook, type Workbook } from '../../../src/shared/domain/workbook';
import { workedExampleContent } from './approval-fixtures';

/** A workbook holding the worked example's content, with the given revs on its records. */
function workbookWithRevs(rev: number): Workbook {
  const content = workedExampleContent();
  const workbook = emptyWorkbook();
  workbook.utility = { rev, value: content.utility };
  workbook.scope = { rev, value: content.scope };
  workbook.goals = content.goals.map((goal) => ({ ...goal, rev }));
  workbook.review = { rev, value: content.reviewSettings };
  workbook.agreement = { revision: content.revision, status: 'draft' };
  return workbook;
}

describe('agreementContentOf', () => {
  it('takes the content the board approves, without the records’ revs', () => {
    const content = agreementContentOf(workbookWithRevs(7), emptyComplaintSummary);
    const { customerFeedback, ...approved } = content;
    expect(approved).toEqual(workedExampleContent());
    // Step 4 is empty here: no outreach, no complaints, and the external goals have no evidence.
    expect(customerFeedback?.outreaches).toEqual([]);
    expect(customerFeedback?.complaints.total).toBe(0);
    expect(agreementContentSchema.safeParse(content).success).toBe(true);
    expect(content.goals[0]).not.toHaveProperty('rev');
  });

  it('is the same however many times the records were saved', () => {
    expect(agreementContentOf(workbookWithRevs(1), emptyComplaintSummary)).toEqual(
      agreementContentOf(workbookWithRevs(40), emptyComplaintSummary),
    );
  });

  it('carries the working copy’s revision number', () => {
    const workbook = workbookWithRevs(1);
    workbook.agreement = { revision: 3, status: 'draft' };
    expect(agreementContentOf(workbook, emptyComplaintSummary).revision).toBe(3);
  });

  it('is a copy: a later edit to the workbook does not reach it', () => {
    const workbook = workbookWithRevs(1);
    const content = agreementContentOf(workbook, emptyComplaintSummary);
    workbook.utility.value.name = 'Renamed';
    for (const goal of workbook.goals) goal.target = 99;
    workbook.review.value.floors['minimum-pressure'] = 35;
    expect(content.utility.name).toBe('Pine Hollow Water Association');
    expect(content.goals[0]?.target).toBe(15);
    expect(content.reviewSettings.floors['minimum-pressure']).toBe(20);
  });
});
