import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ComplaintLogSection } from '../../src/renderer/src/features/customers/complaints/ComplaintLogSection';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import { EvidenceSources } from '../../src/renderer/src/features/customers/EvidenceSources';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { ComplaintLog, ComplaintRow } from '../../src/shared/domain/customers/complaint-log';
import { emptyCustomerRecords } from '../../src/shared/domain/customers/customer-records';
import type { FeedbackTopic } from '../../src/shared/domain/customers/feedback-entry';
import { summarizeComplaints } from '../../src/shared/domain/customers/summarize-complaints';
import { tallyFeedback } from '../../src/shared/domain/customers/tally-feedback';
import type { SystemType } from '../../src/shared/domain/utility';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';

function complaint(index: number, topic: FeedbackTopic, received: string): ComplaintRow {
  return {
    key: (index + 1).toString(16).padStart(16, '0'),
    importId: 'import-1',
    row: index + 2,
    received,
    responded: received,
    resolved: '',
    category: '',
    description: `Complaint ${index + 1}`,
    location: '',
    topic,
    topicChosen: false,
  };
}

/** A log kept in dates: four water-quality complaints and two sewer ones, answered that day. */
function mixedLog(): ComplaintLog {
  const topics: FeedbackTopic[] = [
    'water-quality',
    'sewer',
    'water-quality',
    'water-quality',
    'sewer',
    'water-quality',
  ];
  return {
    imports: [{ id: 'import-1', fileName: 'calls.csv', importedAt: '2027-01-04T10:00Z', rows: 6 }],
    rows: topics.map((topic, index) =>
      complaint(index, topic, `2026-0${index + 1}-${String(index + 3).padStart(2, '0')}`),
    ),
  };
}

function customersWith(systemType: SystemType) {
  return createTestApi(
    (workbook) => {
      workbook.utility.value.systemType = systemType;
      const meeting = seedMeeting(workbook);
      // An annual meeting where only attendance was counted.
      meeting.reached = 23;
      meeting.answered = null;
      seedCard(workbook, 'meeting-1', {
        said: 'The water smells of chlorine',
        topic: 'water-quality',
      });
      workbook.goals = [
        makeGoal({ id: 'g-calls', kind: 'external', statement: 'Every caller hears back' }),
      ];
    },
    { complaintLog: mixedLog() },
  );
}

describe('the whole complaint log as evidence', () => {
  it('links the whole log to a goal and describes it in days, as the log has it', async () => {
    const backend = customersWith('both');
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('tab', { name: 'What we heard' }));
    const line =
      'The complaint log: 6 complaints from January 3, 2026 to June 8, 2026; median response same day, 90% the same day';
    expect(screen.getByRole('region', { name: 'Use as evidence' }).textContent).toContain(line);

    await user.click(
      screen.getByRole('button', {
        name: 'Use the whole complaint log as evidence (6 complaints)',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Use as evidence for an external goal',
    });
    expect(dialog.textContent).toContain(line);
    await user.click(within(dialog).getByRole('radio', { name: /Every caller hears back/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));

    await waitFor(() =>
      expect(backend.workbook.customers.evidence).toEqual([
        { goalId: 'g-calls', ref: { kind: 'complaint-log' } },
      ]),
    );
    const linked = screen.getByRole('region', { name: 'Evidence for each external goal' });
    expect(linked.textContent).toContain(line);
  });
});

describe('outreach figures', () => {
  it('read the same in the outreach table and under the chart: "23 attended"', async () => {
    const backend = customersWith('both');
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, backend.api);
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Taking part' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Annual meeting/ }).textContent).toContain(
      '23 attended',
    );
    // The editor words the counts the same way while they are typed.
    await user.click(screen.getByRole('button', { name: /^Change Annual meeting/ }));
    const editor = await screen.findByRole('dialog', { name: 'Change this outreach' });
    expect(editor.textContent).toContain('Shown in the tables and the agreement as: 23 attended.');
    await user.type(within(editor).getByRole('textbox', { name: 'People who answered' }), '9');
    expect(editor.textContent).toContain(
      'Shown in the tables and the agreement as: 23 attended, 9 spoke.',
    );
    await user.click(within(editor).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('tab', { name: 'What we heard' }));
    const byMethod = screen.getByRole('figure', { name: 'Cards by way of asking' });
    expect(byMethod.textContent).toContain('Annual meeting: 1 outreach, 23 attended, 1 card.');
    expect(document.body.textContent).not.toMatch(/\? of 23|0 answered/);
  });
});

describe('complaint topics the agreement does not cover', () => {
  it('are marked on the complaint log tab and not offered as evidence, in a water-only system', async () => {
    const backend = customersWith('water');
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('tab', { name: 'Complaint log' }));
    const times = await screen.findByRole('table', { name: 'Response times by topic' });
    expect(within(times).getByRole('rowheader', { name: /Sewer/ }).textContent).toContain(
      'Left out of the agreement',
    );
    expect(
      within(times).getByRole('rowheader', { name: /Water quality/ }).textContent,
    ).not.toContain('Left out');
    expect(document.body.textContent).toContain(
      '“2 complaints about sewer service were left out: this agreement covers drinking water only.”',
    );

    await user.click(screen.getByRole('tab', { name: 'What we heard' }));
    expect(screen.queryByRole('button', { name: /Use complaints about Sewer/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Use complaints about Water quality/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Use as evidence' }).textContent).toContain(
      'Complaints left out of the agreement: step 1, “Utility and team”, says it covers drinking water only.',
    );
  });
});

describe('“Link evidence on the Customers step”', () => {
  it('opens the Customers step on the tab where linking happens', async () => {
    const backend = customersWith('both');
    // With outreach recorded, the step would otherwise open on "Outreach and feedback".
    await okValue(backend.otherWindow['wizard:setStep']({ currentStep: 'external-goals' }));
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    await user.click(
      await screen.findByRole('button', { name: 'Link evidence on the Customers step' }),
    );
    const heard = await screen.findByRole('tab', { name: 'What we heard' });
    expect(heard.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('region', { name: 'Evidence for each external goal' })).toBeTruthy();
  });
});

describe('lists keep their order while the user works', () => {
  it('does not re-sort the topics when their counts change', async () => {
    const backend = createTestApi();
    const records = emptyCustomerRecords();
    // Four water-quality complaints corrected to sewer: sewer now has the most.
    const corrected = mixedLog();
    for (const row of corrected.rows.slice(0, 4)) row.topic = 'sewer';
    function Harness() {
      const [log, setLog] = useState(mixedLog);
      return (
        <>
          <button onClick={() => setLog(corrected)}>Correct the topics</button>
          <EvidenceSources
            tally={tallyFeedback(records)}
            context={{ records, complaints: summarizeComplaints(log) }}
            systemType="both"
            frozen={false}
            onUseAsEvidence={vi.fn()}
          />
        </>
      );
    }
    const user = userEvent.setup();
    renderWithApi(<Harness />, backend.api);
    const order = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(order()).toEqual(['Water quality', 'Sewer (other)']);
    await user.click(screen.getByRole('button', { name: 'Correct the topics' }));
    expect(
      screen.getByRole('button', { name: /Use complaints about Sewer/ }).getAttribute('aria-label'),
    ).toContain('(5 complaints)');
    expect(order()).toEqual(['Water quality', 'Sewer (other)']);
  });

  it('keeps a complaint in view, with its new topic, when it is moved out of the filtered topic', async () => {
    const backend = createTestApi(() => undefined, { complaintLog: mixedLog() });
    const user = userEvent.setup();
    renderWithApi(
      <ComplaintLogSection approved={false} systemType="both" onChanged={vi.fn()} />,
      backend.api,
    );
    const list = await screen.findByRole('list', { name: 'Complaints' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'sewer');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(
      within(list).getByRole('combobox', { name: 'Topic of row 3' }),
      'other',
    );
    await waitFor(() => expect(backend.complaintLog.rows[1]?.topic).toBe('other'));
    // Still there, under the pointer, until another filter is chosen.
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!).getByRole<HTMLSelectElement>('combobox', { name: 'Topic of row 3' }).value,
    ).toBe('other');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'sewer');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });
});
