import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { sampleToday } from '../support/sample-today';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { approvedWithGoals } from './support/tracking-fixtures';

describe('Step 6 while a new revision is drafted', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('says what changed since the revision in force, goal by goal', async () => {
    const backend = await approvedWithGoals();
    const { api } = backend;
    await okValue(api['approval:newRevision']());
    const goals = await okValue(api['goals:list']());
    const pressure = goals.find((goal) => goal.id === 'g-pressure');
    if (!pressure) throw new Error('The fixture has a pressure goal.');
    const { id, rev, ...fields } = pressure;
    await okValue(api['goals:update']({ id, rev, fields: { ...fields, target: 30 } }));
    await okValue(api['goals:delete']({ id: 'g-samples' }));
    await okValue(api['wizard:setStep']({ currentStep: 'review' }));

    renderWithApi(<Wizard />, api);
    const section = await screen.findByRole('region', { name: 'What changed since revision 1' });
    expect(within(section).getByText('2 goals differ.')).toBeTruthy();
    expect(
      within(section).getByRole('heading', {
        name: /^Changed: goal \d — Every customer has enough pressure\.$/,
      }),
    ).toBeTruthy();
    expect(
      within(section).getByText('Target: was “at least 25 psi”; now “at least 30 psi”.'),
    ).toBeTruthy();
    expect(
      within(section).getByRole('heading', {
        name: /^Dropped: goal \d of revision 1 — Every required sample is taken on time\.$/,
      }),
    ).toBeTruthy();
  });

  it('is not shown while the agreement in force is the one on screen', async () => {
    const { api } = await approvedWithGoals();
    await okValue(api['wizard:setStep']({ currentStep: 'review' }));
    const review = await okValue(api['review:get']());
    expect(review.changes).toBeNull();
  });
});
