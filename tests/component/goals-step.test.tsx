import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { GoalKind } from '../../src/shared/domain/goal';
import type { Workbook } from '../../src/shared/domain/workbook';
import { makeGoal } from './support/goal-fixtures';
import { shippedTemplate } from './support/shipped-template';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

type Backend = ReturnType<typeof createTestApi>;

async function openStep(kind: GoalKind, seed: (workbook: Workbook) => void = () => undefined) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service', 'water-efficiency'];
    seed(workbook);
  });
  renderWithApi(<GoalsStep kind={kind} focusOnShow={false} openGoalId={null} />, backend.api);
  const title = kind === 'internal' ? 'Internal goals' : 'External goals';
  await screen.findByRole('heading', { level: 2, name: title });
  return backend;
}

const card = (name: string | RegExp) => screen.getByRole('article', { name });
const statements = (backend: Backend) => backend.workbook.goals.map((goal) => goal.statement);

// Goals from the shipped library: an outage goal, a sewer one and an internal water-loss one.
const outage = shippedTemplate('CS4');
const backups = shippedTemplate('CS10');
const waterLoss = shippedTemplate('WC1');

describe('Steps 3 and 5, goals', () => {
  it('adds a goal from the library, filtered to this step, and opens it for editing', async () => {
    const user = userEvent.setup();
    const backend = await openStep('external');
    await user.click(screen.getByRole('button', { name: 'Add from the library' }));

    const library = await screen.findByRole('dialog', { name: 'Goal library' });
    // External, customer service: the internal templates are filtered out; the sewer one, in a
    // water system, is listed with its Add button disabled (tests/component/template-library).
    const sewer = within(library).getByRole('article', { name: backups.statement });
    expect(within(sewer).getByRole('button', { name: 'Add this goal' }).matches(':disabled')).toBe(
      true,
    );
    expect(within(library).queryByRole('article', { name: waterLoss.statement })).toBeNull();
    const outages = within(library).getByRole('article', { name: outage.statement });
    expect(outages.textContent).toContain('8 hours or less');
    expect(outages.textContent).toContain('credits customers $20');
    await user.click(within(library).getByRole('radio', { name: 'Internal and external' }));
    expect(within(library).getByRole('article', { name: waterLoss.statement })).toBeTruthy();

    await user.click(within(outages).getByRole('button', { name: 'Add this goal' }));
    // The library stays open for more; closing it opens the goal just added.
    await user.click(
      await within(library).findByRole('button', { name: 'Done: word the new goals' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const added = card(`Goal 1: ${outage.statement}`);
    expect(added.textContent).toContain('at most 8 hours');
    const flags = within(added).getByRole('list', { name: 'Review flags' });
    expect(flags.textContent).toContain('No customer input yet');
    expect(flags.textContent).toContain('No baseline yet');
    expect(backend.workbook.goals).toMatchObject([
      { templateId: 'CS4', kind: 'external', target: 8 },
    ]);
    expect(document.activeElement).toBe(within(added).getByRole('textbox', { name: 'Goal' }));
  });

  it('adds a blank goal with nothing chosen for it, and saves what is typed and chosen', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal');
    await user.click(screen.getByRole('button', { name: 'Add a blank goal' }));

    const added = await screen.findByRole('article', { name: 'Goal 1: (No wording yet)' });
    expect(added.textContent).toContain('Goal 1 · Area not chosen yet · Internal');
    const flags = within(added).getByRole('list', { name: 'Review flags' });
    expect(flags.textContent).toContain('Unfinished: choose its area');
    expect(flags.textContent).toContain('Unfinished: choose how the target works');
    expect(within(added).getByText('Not measurable yet')).toBeTruthy();
    // The step's checklist says which field to fill in.
    expect(screen.getByText('Goal 1: choose its area (Goal area field).')).toBeTruthy();
    const area = within(added).getByRole('combobox', { name: 'Goal area' });
    expect((area as HTMLSelectElement).value).toBe('');
    expect(within(area).getByRole('option', { selected: true }).textContent).toBe('Choose…');
    for (const radio of within(added).getAllByRole('radio')) {
      expect((radio as HTMLInputElement).checked).toBe(false);
    }

    const statement = within(added).getByRole('textbox', { name: 'Goal' });
    expect(document.activeElement).toBe(statement);
    await user.type(statement, 'Flush every dead-end main');
    await user.type(within(added).getByRole('textbox', { name: 'Unit' }), '%');
    await user.type(within(added).getByRole('textbox', { name: 'Target' }), '100');
    await user.selectOptions(area, 'Customer Service');
    await user.click(within(added).getByRole('radio', { name: 'At least' }));

    await waitFor(() =>
      expect(backend.workbook.goals).toMatchObject([
        {
          kind: 'internal',
          area: 'customer-service',
          direction: 'at-least',
          statement: 'Flush every dead-end main',
          unit: '%',
          target: 100,
        },
      ]),
    );
    const saved = card('Goal 1: Flush every dead-end main');
    expect(saved.textContent).toContain('Goal 1 · Customer Service · Internal');
    expect(saved.textContent).toContain('at least 100%');
    expect(screen.queryByText('Not measurable yet')).toBeNull();
    expect(screen.queryByText(/Unfinished/)).toBeNull();
  });

  it('flags on the card, as soon as it is written, words that contradict the target', async () => {
    const user = userEvent.setup();
    await openStep('external', (workbook) => {
      workbook.scope.value.assets.fireHydrants = 'no';
      workbook.goals = [
        makeGoal({ kind: 'external', statement: 'Fire flow', unit: 'gpm', target: 500 }),
      ];
    });
    const goal = card(/Fire flow/);
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    const statement = within(goal).getByRole('textbox', { name: 'Goal' });
    await user.clear(statement);
    await user.type(statement, 'Fire flow of at least 500 gpm at every hydrant');

    const flags = await within(goal).findByRole('list', { name: 'Review flags' });
    await waitFor(() => expect(flags.textContent).toContain('Words and target disagree'));
    // Hydrants the system does not have: blocked at once, not only at review.
    expect(flags.textContent).toContain('Beyond what the system has');
    expect(
      within(goal).getByRole('alert', { name: /What the review found/ }).textContent,
    ).toContain('says “at least 500 gpm”, but its target is set to “At most”');
  });

  it('marks a stretch goal, and the advice goes once its cost note is written', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [
        makeGoal({
          statement: 'Breaks are rare',
          target: 4,
          baseline: { value: 9, asOf: '2025-12-31', source: 'Work orders', missingReason: '' },
        }),
      ];
    });
    const goal = card(/Breaks are rare/);
    expect(within(goal).getByRole('list', { name: 'Review flags' }).textContent).toContain(
      'Looks like a stretch',
    );
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    await user.click(within(goal).getByRole('checkbox', { name: /^Stretch goal/ }));
    await waitFor(() => expect(backend.workbook.goals[0]?.stretch).toBe(true));
    expect(goal.textContent).toContain('Goal 1 · Customer Service · Internal · Stretch goal');
    expect(await within(goal).findByText('Stretch: no cost note yet')).toBeTruthy();

    await user.type(
      within(goal).getByRole('textbox', { name: 'Cost note' }),
      'A new crew: $20,000.',
    );
    await waitFor(() =>
      expect(within(goal).queryByText(/Stretch:|Looks like a stretch/)).toBeNull(),
    );
  });

  it('shows the message for an invalid target and keeps the last saved one', async () => {
    const user = userEvent.setup();
    const backend = await openStep('external', (workbook) => {
      workbook.goals = [makeGoal({ kind: 'external', statement: 'Outages are short', target: 8 })];
    });
    await user.click(within(card(/Outages are short/)).getByRole('button', { name: 'Edit' }));
    const target = screen.getByRole('textbox', { name: 'Target' });

    await user.clear(target);
    await user.type(target, 'abc');
    expect(await screen.findByText('Target must be a number, such as 20.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'What customers said' }), ' Again.');
    await waitFor(() =>
      expect(backend.workbook.goals[0]?.customerBasis).toBe(
        'Members asked for it at the annual meeting. Again.',
      ),
    );
    expect(backend.workbook.goals[0]?.target).toBe(8);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Not saved: fix the field marked in red',
      ),
    );

    await user.clear(target);
    await user.type(target, '1e99');
    expect(await screen.findByText('Target is out of range.')).toBeTruthy();
    await user.clear(target);
    await user.type(target, '6');
    await waitFor(() => expect(backend.workbook.goals[0]?.target).toBe(6));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
  });

  it('keeps a goal with an invalid field open when Close is pressed', async () => {
    const user = userEvent.setup();
    await openStep('internal', (workbook) => {
      workbook.goals = [makeGoal({ statement: 'Water loss is low' })];
    });
    const goal = card(/Water loss is low/);
    await user.click(within(goal).getByRole('button', { name: 'Edit' }));
    await user.type(within(goal).getByRole('textbox', { name: 'Target' }), 'x');
    await user.click(within(goal).getByRole('button', { name: 'Done with this goal' }));

    expect(await screen.findByText(/Fix the field marked in red/)).toBeTruthy();
    expect(within(goal).getByRole('textbox', { name: 'Target' })).toBeTruthy();
  });

  it('moves a goal up and down, keeping the focus on the moved goal', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [
        makeGoal({ statement: 'First' }),
        makeGoal({ kind: 'external', statement: 'Outside' }),
        makeGoal({ statement: 'Second' }),
        makeGoal({ statement: 'Third' }),
      ];
    });
    await user.click(within(card(/Third/)).getByRole('button', { name: 'Move up' }));

    await waitFor(() =>
      expect(statements(backend)).toEqual(['First', 'Outside', 'Third', 'Second']),
    );
    // The agreement's number: the external goal in the same area counts too.
    expect(card('Goal 3: Third')).toBeTruthy();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(card(/Third/)).getByRole('button', { name: 'Move up' }),
      ),
    );
    await user.click(within(card(/First/)).getByRole('button', { name: 'Move down' }));
    await waitFor(() =>
      expect(statements(backend)).toEqual(['Third', 'Outside', 'First', 'Second']),
    );
    expect(within(card(/Third/)).getByRole('button', { name: 'Move up' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('deletes a goal and puts it back in its place on Undo', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [
        makeGoal({ statement: 'Keep' }),
        makeGoal({ statement: 'Drop' }),
        makeGoal({ statement: 'Last' }),
      ];
    });
    await user.click(within(card(/Drop/)).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Goal deleted')).toBeTruthy();
    await waitFor(() => expect(statements(backend)).toEqual(['Keep', 'Last']));
    expect(screen.queryByRole('article', { name: /Drop/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(statements(backend)).toEqual(['Keep', 'Drop', 'Last']));
    expect(card('Goal 2: Drop')).toBeTruthy();
  });

  it('says plainly when a goal could not be deleted', async () => {
    const user = userEvent.setup();
    const backend = await openStep('internal', (workbook) => {
      workbook.goals = [makeGoal({ statement: 'Stays' })];
    });
    backend.failNext('goals:delete', { code: 'storage', message: 'The disk is full.' });
    await user.click(within(card(/Stays/)).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Could not delete the goal')).toBeTruthy();
    expect(screen.getByText('The disk is full.')).toBeTruthy();
    expect(card(/Stays/)).toBeTruthy();
  });
});
