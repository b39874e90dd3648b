import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { GoalKind } from '../../src/shared/domain/goal';
import { goalFieldsFromTemplate } from '../../src/shared/domain/goal-template';
import type { WizardStep } from '../../src/shared/domain/wizard-steps';
import type { Workbook } from '../../src/shared/domain/workbook';
import { makeGoal } from './support/goal-fixtures';
import { shippedTemplate } from './support/shipped-template';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openStep(
  kind: GoalKind,
  seed: (workbook: Workbook) => void = () => undefined,
  onGoTo?: (step: WizardStep, openGoal?: string | null) => void,
) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service', 'water-efficiency'];
    seed(workbook);
  });
  renderWithApi(
    <GoalsStep kind={kind} focusOnShow={false} openGoalId={null} onGoTo={onGoTo} />,
    backend.api,
  );
  const title = kind === 'internal' ? 'Internal goals' : 'External goals';
  await screen.findByRole('heading', { level: 2, name: title });
  return backend;
}

const card = (name: string | RegExp) => screen.getByRole('article', { name });

/** A notification, found by its title. */
async function noticeTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  const notice = heading.closest<HTMLElement>('[role="alert"]');
  if (notice === null) throw new Error(`“${title}” is not in a notification.`);
  return notice;
}

// Library goals as shipped: water loss (internal) and outages (external).
const waterLoss = shippedTemplate('WC1');
const outage = shippedTemplate('CS4');

/** The water-loss goal as added from the library, with its baseline. */
const fromLibrary = () =>
  makeGoal({ ...goalFieldsFromTemplate(waterLoss), id: 'loss', baseline: makeGoal().baseline });

describe('a goal whose measure changed', () => {
  it('flags the tracking fields that came with the library goal’s measure until edited', async () => {
    const user = userEvent.setup();
    await openStep('internal', (workbook) => {
      workbook.goals = [fromLibrary()];
    });
    const goal = card(`Goal 1: ${waterLoss.statement}`);
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    expect(within(goal).queryByText(/came with the library goal’s measure/)).toBeNull();

    const measure = within(goal).getByRole('textbox', { name: 'What is measured' });
    await user.clear(measure);
    await user.click(measure);
    await user.paste('Gallons lost per connection per day');
    const note = within(goal).getByRole('alert', {
      name: 'Check “How it is measured” and “How often”',
    });
    expect(note.textContent).toContain(
      `came with the library goal’s measure, “${waterLoss.measure}”, which has changed.`,
    );
    expect(within(goal).getAllByText('Check this: it came with the earlier measure.')).toHaveLength(
      2,
    );

    // Once saved, the card and the review say so too.
    await waitFor(() =>
      expect(within(goal).getByRole('list', { name: 'Review flags' }).textContent).toContain(
        'Measure changed: check how it is measured',
      ),
    );

    // Editing the data source clears its flag; the frequency is still flagged.
    const source = within(goal).getByRole('textbox', { name: 'How it is measured' });
    await user.click(source);
    await user.paste(' and the customer meters');
    expect(within(goal).getByRole('alert', { name: 'Check “How often”' }).textContent).toContain(
      'It came with the library goal’s measure',
    );
    expect(within(goal).getAllByText('Check this: it came with the earlier measure.')).toHaveLength(
      1,
    );
  });

  it('keeps the fields and unlinks the goal from the library goal when they are still right', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [fromLibrary()];
    });
    const goal = card(`Goal 1: ${waterLoss.statement}`);
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    const measure = within(goal).getByRole('textbox', { name: 'What is measured' });
    await user.clear(measure);
    await user.click(measure);
    await user.paste('Gallons lost per connection per day');
    await user.click(within(goal).getByRole('button', { name: 'Still right' }));
    expect(within(goal).queryByRole('alert', { name: /^Check/ })).toBeNull();
    await waitFor(() =>
      expect(backend.workbook.goals[0]).toMatchObject({
        templateId: null,
        frequency: 'monthly',
        measure: 'Gallons lost per connection per day',
      }),
    );
    await waitFor(() =>
      expect(within(goal).queryByText('Measure changed: check how it is measured')).toBeNull(),
    );
  });

  it('flags them for a goal written by hand while its editor is open', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [{ ...fromLibrary(), templateId: null }];
    });
    const goal = card(`Goal 1: ${waterLoss.statement}`);
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    const unit = within(goal).getByRole('textbox', { name: 'Unit' });
    await user.clear(unit);
    await user.click(unit);
    await user.paste('gallons per connection per day');
    expect(
      within(goal).getByRole('alert', { name: 'Check “How it is measured” and “How often”' })
        .textContent,
    ).toContain(`came with the measure, “${waterLoss.measure}”`);
    // Nothing stored says what a hand-written goal's fields came with: once saved, the review
    // stays quiet and the note lasts only while the editor is open.
    await waitFor(() =>
      expect(backend.workbook.goals[0]?.unit).toBe('gallons per connection per day'),
    );
    expect(within(goal).queryByText('Measure changed: check how it is measured')).toBeNull();
    await user.click(within(goal).getByRole('button', { name: 'Done with this goal' }));
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    expect(within(goal).queryByRole('alert', { name: /^Check/ })).toBeNull();
  });
});

describe('a yes/no goal', () => {
  it('asks for no unit, and is not flagged for having none', async () => {
    const user = userEvent.setup();
    await openStep('internal', (workbook) => {
      workbook.goals = [
        makeGoal({
          id: 'plan',
          area: 'water-efficiency',
          statement: 'The drought plan is reviewed every year',
          measure: 'Board reviewed the plan this year',
          unit: '',
          direction: 'yes-no',
          target: 1,
          baseline: { value: 0, asOf: '2025-12-31', source: 'Minutes', missingReason: '' },
        }),
      ];
    });
    const goal = card('Goal 1: The drought plan is reviewed every year');
    expect(goal.textContent).not.toContain('Not measurable yet');
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    expect(within(goal).queryByRole('textbox', { name: 'Unit' })).toBeNull();
    expect(within(goal).getByText('No unit needed: a yes/no goal is met or not.')).toBeTruthy();
    // Made an at-most goal, it needs a unit again.
    await user.click(within(goal).getByRole('radio', { name: 'At most' }));
    expect(within(goal).getByRole('textbox', { name: 'Unit' })).toBeTruthy();
  });
});

describe('adding a goal from the library', () => {
  it('says where a goal of the other kind went, with a way to go there', async () => {
    const user = userEvent.setup();
    const onGoTo = vi.fn();
    const backend = await openStep('internal', () => undefined, onGoTo);
    await user.click(screen.getByRole('button', { name: 'Add from the library' }));
    const library = await screen.findByRole('dialog', { name: 'Goal library' });
    await user.click(within(library).getByRole('radio', { name: 'Internal and external' }));
    const outages = within(library).getByRole('article', { name: outage.statement });
    await user.click(within(outages).getByRole('button', { name: 'Add this goal' }));

    const notice = await noticeTitled('Goal 1 added to External goals (step 5)');
    expect(notice.textContent).toContain('It is an external goal, so it is listed there');
    const added = backend.workbook.goals[0];
    expect(added).toMatchObject({ kind: 'external', templateId: 'CS4' });

    // Closing the library opens nothing here: the goal is on step 5.
    await user.click(within(library).getByRole('button', { name: 'Done: word the new goals' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText('No internal goals yet.')).toBeTruthy();

    await user.click(within(notice).getByRole('button', { name: 'Go to External goals' }));
    expect(onGoTo).toHaveBeenCalledWith('external-goals', added?.id);
  });

  it('says so for a goal of this step’s kind too, and opens it when the library closes', async () => {
    const user = userEvent.setup();
    await openStep('internal', (workbook) => {
      workbook.goals = [makeGoal({ id: 'first', area: 'regulatory', statement: 'First' })];
    });
    await user.click(screen.getByRole('button', { name: 'Add from the library' }));
    const library = await screen.findByRole('dialog', { name: 'Goal library' });
    const loss = within(library).getByRole('article', { name: waterLoss.statement });
    await user.click(within(loss).getByRole('button', { name: 'Add this goal' }));
    // Water efficiency comes before regulatory in the agreement: goal 1, and the other is now 2.
    const notice = await noticeTitled('Goal 1 added to Internal goals (step 3)');
    expect(within(notice).queryByRole('button', { name: /^Go to/ })).toBeNull();
    await user.click(within(library).getByRole('button', { name: 'Done: word the new goals' }));
    const added = await screen.findByRole('article', { name: `Goal 1: ${waterLoss.statement}` });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(added).getByRole('textbox', { name: 'Goal' })),
    );
  });
});
