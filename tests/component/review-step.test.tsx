import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { blankEntryFields } from '../../src/shared/domain/customers/feedback-entry';
import type { Workbook } from '../../src/shared/domain/workbook';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openReview(seed: (workbook: Workbook) => void) {
  const backend = createTestApi((workbook) => {
    workbook.wizard = { currentStep: 'review' };
    workbook.scope.value.areas = ['customer-service'];
    seed(workbook);
    // Every external goal rests on what customers said, so only the finding under test shows.
    workbook.customers.evidence = workbook.goals
      .filter((goal) => goal.kind === 'external')
      .map((goal) => ({ goalId: goal.id, ref: { kind: 'topic', topic: 'pressure' } }));
  });
  renderWithApi(<Wizard />, backend.api);
  await screen.findByRole('heading', { level: 2, name: 'Review' });
  return backend;
}

const lowPressure = () =>
  makeGoal({
    id: 'pressure',
    kind: 'external',
    statement: 'Pressure stays up',
    measure: 'Pressure at the worst point',
    unit: 'psi',
    direction: 'at-least',
    target: 15,
    baseline: { value: 15, asOf: '', source: 'Gauge rounds', missingReason: '' },
    floor: 'minimum-pressure',
  });

describe('Step 6, Review', () => {
  it('groups the findings, and "Go to this goal" opens that goal on its step', async () => {
    const user = userEvent.setup();
    await openReview((workbook) => {
      workbook.goals = [makeGoal({ statement: 'Breaks are few' }), lowPressure()];
    });
    expect(screen.getByText(/2 goals: 1 internal, 1 external, in 1 area\./)).toBeTruthy();
    const mustFix = screen.getByRole('region', { name: 'Must fix before approval' });
    const finding = within(mustFix).getByText(/^Goal 2 \(“Pressure stays up”\) sets 15 psi/);
    expect(within(mustFix).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Notes' }).textContent).toContain('10–12');
    expect(screen.queryByRole('region', { name: 'Everything passes' })).toBeNull();

    const item = finding.closest('li') as HTMLElement;
    await user.click(within(item).getByRole('button', { name: 'Go to this goal' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'External goals' })).toBeTruthy();
    const goal = screen.getByRole('article', { name: 'Goal 2: Pressure stays up' });
    const statement = within(goal).getByRole<HTMLTextAreaElement>('textbox', { name: 'Goal' });
    expect(statement.value).toBe('Pressure stays up');
    expect(document.activeElement).toBe(statement);
    expect(within(goal).getByText(/What to do:/)).toBeTruthy();
  });

  it('saves a changed floor and shows the findings computed from it', async () => {
    const user = userEvent.setup();
    const backend = await openReview((workbook) => {
      workbook.goals = [makeGoal({ statement: 'Breaks are few' }), lowPressure()];
    });
    const mustFix = screen.getByRole('region', { name: 'Must fix before approval' });
    await user.click(within(mustFix).getByRole('button', { name: 'Change the floor' }));
    const floor = screen.getByRole('textbox', { name: /Minimum water pressure \(psi\)/ });
    expect(document.activeElement).toBe(floor);
    await user.clear(floor);
    await user.type(floor, '15');

    await waitFor(() => expect(backend.workbook.review.value.floors['minimum-pressure']).toBe(15));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Must fix before approval' })).toBeNull(),
    );
    expect(screen.getByRole('region', { name: 'Everything passes' })).toBeTruthy();
  });

  it('lets the board write why a chosen area has no goal, and the finding goes away', async () => {
    const user = userEvent.setup();
    const backend = await openReview((workbook) => {
      workbook.scope.value.areas = ['customer-service', 'regulatory'];
      workbook.goals = [makeGoal({}), makeGoal({ kind: 'external' })];
    });
    const worth = screen.getByRole('region', { name: 'Worth a look' });
    expect(worth.textContent).toContain('Regulatory Requirements was chosen on step 2');
    await user.click(within(worth).getByRole('button', { name: 'Write the reason' }));
    const reason = screen.getByRole('textbox', {
      name: 'Why there is no Regulatory Requirements goal',
    });
    expect(document.activeElement).toBe(reason);
    await user.type(reason, 'The state covers it.');

    await waitFor(() =>
      expect(backend.workbook.review.value.areaReasons.regulatory).toBe('The state covers it.'),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Worth a look' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Everything passes' })).toBeTruthy();
  });

  it('says what must happen first when there are no goals', async () => {
    await openReview(() => undefined);
    const mustFix = screen.getByRole('region', { name: 'Must fix before approval' });
    expect(mustFix.textContent).toContain('There are no goals yet.');
    expect(screen.getByRole('region', { name: 'To finish this step' }).textContent).toContain(
      'Fix the item under “Must fix before approval”.',
    );
  });

  it('makes the draft PDF for the board packet after the same check for unprintable text', async () => {
    const user = userEvent.setup();
    const backend = await openReview((workbook) => {
      workbook.goals = [makeGoal({ statement: 'Breaks are few' })];
      workbook.scope.value.mission = 'Safe water for every home ✓';
    });
    backend.delivery.answer = 'saved';
    await user.click(screen.getByRole('button', { name: 'Draft PDF for the board packet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Some characters cannot be printed' });
    expect(dialog.textContent).toContain('Mission statement: ✓');
    expect(backend.inputsOf('export:check')).toEqual([
      { revision: null, document: 'agreement', language: 'en' },
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(await screen.findByText('Saved as LOS Agreement - revision 1 (draft).pdf')).toBeTruthy();
    expect(backend.inputsOf('export:agreementPdf')).toEqual([{ revision: null, language: 'en' }]);
  });
});

describe('Step 6, Review: customer evidence', () => {
  it('shows what each external goal rests on, flags the one with nothing, and leads to step 4', async () => {
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      workbook.wizard = { currentStep: 'review' };
      workbook.scope.value.areas = ['customer-service'];
      workbook.goals = [
        makeGoal({ id: 'quick', kind: 'external', statement: 'Calls answered the same day' }),
        makeGoal({ id: 'quiet', kind: 'external', statement: 'Notice before every shutoff' }),
      ];
      workbook.customers.outreaches = [
        {
          id: 'meeting',
          rev: 0,
          method: 'annual-meeting',
          date: '2026-05-12',
          place: 'Hall',
          reached: 60,
          answered: 20,
          notes: '',
        },
      ];
      workbook.customers.entries = [
        {
          ...blankEntryFields('response'),
          id: 'card-1',
          rev: 0,
          outreachId: 'meeting',
          said: 'Nobody called back for two days',
          strength: 'strong',
          satisfaction: 2,
          name: 'Rosa Private',
          address: '9 Hidden Lane',
        },
      ];
      workbook.customers.evidence = [
        { goalId: 'quick', ref: { kind: 'topic', topic: 'response' } },
      ];
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });

    const evidence = screen.getByRole('region', { name: 'What customers said, goal by goal' });
    const quick = within(evidence)
      .getByText('Goal 1: Calls answered the same day')
      .closest('div') as HTMLElement;
    expect(quick.textContent).toContain('1 comment on Response (1 strong), from Annual meeting');
    const quiet = within(evidence)
      .getByText('Goal 2: Notice before every shutoff')
      .closest('div') as HTMLElement;
    expect(quiet.textContent).toContain('nothing linked yet');
    expect(evidence.textContent).not.toContain('Rosa Private');
    expect(screen.getByRole('region', { name: 'Worth a look' }).textContent).toContain(
      'Goal 2 (“Notice before every shutoff”) is an external goal, but no customer feedback is linked',
    );

    await user.click(
      within(evidence).getByRole('button', { name: 'Link evidence on the Customers step' }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Customers' })).toBeTruthy();
  });
});
