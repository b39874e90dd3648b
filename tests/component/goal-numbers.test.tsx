import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { Workbook } from '../../src/shared/domain/workbook';
import { boardOrderGoals, followedGoal } from '../support/numbered-goals-sample';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

function seeded(step: Workbook['wizard']['currentStep']) {
  return createTestApi((workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['energy-efficiency', 'water-efficiency', 'customer-service'];
    workbook.goals = boardOrderGoals();
    workbook.wizard = { currentStep: step };
    seedMeeting(workbook);
    seedCard(workbook, 'meeting-1', { topic: 'outages', said: 'The water was off all day' });
    // The calls goal rests on what customers said; the outage goal does not, so it is flagged.
    workbook.customers.evidence = [{ goalId: 'g-calls', ref: { kind: 'topic', topic: 'outages' } }];
  });
}

const name = `Goal ${followedGoal.number}: ${followedGoal.statement}`;

describe('one number per goal', () => {
  it('is the same on the goals step, the review, the evidence dialog and the evidence list', async () => {
    const user = userEvent.setup();

    // Step 5: first on the board's list, but third in the agreement (areas come in order).
    renderWithApi(
      <GoalsStep kind="external" focusOnShow={false} openGoalId={null} />,
      seeded('external-goals').api,
    );
    const card = await screen.findByRole('article', { name });
    expect(card.textContent).toContain(`Goal ${followedGoal.number} · Customer Service · External`);
    expect(screen.getByRole('article', { name: /^Goal 4: Calls are answered/ })).toBeTruthy();
    cleanup();

    // Step 6: the checklist and the evidence, goal by goal.
    renderWithApi(<Wizard />, seeded('review').api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    const worth = screen.getByRole('region', { name: 'Worth a look' });
    expect(worth.textContent).toContain(
      `Goal ${followedGoal.number} (“${followedGoal.statement}”) is an external goal`,
    );
    const evidence = screen.getByRole('region', { name: 'What customers said, goal by goal' });
    expect(within(evidence).getByRole('heading', { name })).toBeTruthy();
    cleanup();

    // Step 4: the dialog that links evidence, and the list of what each goal rests on.
    renderWithApi(
      <CustomersStep focusOnShow={false} onGoTo={() => undefined} />,
      seeded('customers').api,
    );
    await user.click(await screen.findByRole('button', { name: 'Use as evidence: card 1' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Use as evidence for an external goal',
    });
    expect(within(dialog).getByRole('radio', { name })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('tab', { name: 'What we heard' }));
    const linked = screen.getByRole('region', { name: 'Evidence for each external goal' });
    expect(within(linked).getByRole('heading', { name })).toBeTruthy();
  });
});
