import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoalFields } from '../../../src/shared/domain/goal';
import type { Outage } from '../../../src/shared/domain/tracking/outage-records';
import { approvableGoals, prepareApprovable } from '../../support/approval-sample';
import { oneLine, pdfText } from '../pdf/poppler';
import { handlerFolder } from './handler-folder';
import { sayIn } from '../../../src/shared/i18n/say-in';

/** 15 June 2027, local noon: three months after Cedar Flats approved on 9 March 2027. */
const june15 = () => new Date('2027-06-15T12:00:00');

const [, external] = approvableGoals();
if (!external) throw new Error('The sample has an external goal.');
/** The library's restoration goal (CS4), which the outage log answers. */
const restoreGoal: GoalFields = {
  ...external,
  templateId: 'CS4',
  frequency: 'each-event',
  statement: 'Water is back on the same day after an unplanned outage.',
  measure: 'Time to restore water after an unplanned outage',
  unit: 'hours',
  target: 8,
};

function outage(id: string, fields: Partial<Outage>): Outage {
  return {
    id,
    startDate: '2027-04-02',
    startTime: null,
    endDate: '',
    endTime: null,
    planned: false,
    noticeHours: null,
    customersAffected: 40,
    note: '',
    recordedAt: '2027-06-01T10:00:00.000Z',
    ...fields,
  };
}

describe('reports of a goal the outage log answers', () => {
  it('print every outage of the period as a result, on both papers', async () => {
    const { dir, store, handlers } = await handlerFolder('reports-from-logs', undefined, june15);
    await prepareApprovable(handlers);
    await handlers['goals:add']({ fields: restoreGoal });
    await handlers['approval:approve'](undefined);
    await store.repository.update((draft) => {
      draft.tracking.outages.push(
        // 22:30 to 02:00 is 3.5 hours; 08:00 to 18:00 is 10, over the 8-hour target.
        outage('night', { startTime: '22:30', endDate: '2027-04-03', endTime: '02:00' }),
        outage('long', {
          startDate: '2027-05-10',
          startTime: '08:00',
          endDate: '2027-05-10',
          endTime: '18:00',
        }),
      );
    });

    const board = await handlers['export:boardReportPdf']({ period: '2027-Q2', language: 'en' });
    if (board.status !== 'download') throw new Error('Expected a download.');
    await writeFile(join(dir, 'board.pdf'), Buffer.from(board.base64, 'base64'));
    const text = oneLine(pdfText(join(dir, 'board.pdf')));
    expect(text).toContain('Water is back on the same day after an unplanned outage.');
    expect(text).toContain('April 2, 2027: 3.5 hours (kept)');
    expect(text).toContain('May 10, 2027: 10 hours (missed)');
    expect(text).toContain('1 of 2 results met the target');

    const view = await handlers['report:get'](undefined);
    expect(
      view.years[0]?.missed.map((goal) => [goal.statement, sayIn(goal.result, 'en')]),
    ).toContainEqual([restoreGoal.statement, 'Target met in 1 of the 2 events measured.']);
  });
});
