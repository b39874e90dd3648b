import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SystemType } from '../../src/shared/domain/utility';
import type { Workbook } from '../../src/shared/domain/workbook';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

async function openReview(systemType: SystemType, seed: (workbook: Workbook) => void = () => {}) {
  const backend = createTestApi((workbook) => {
    workbook.wizard = { currentStep: 'review' };
    workbook.utility.value.systemType = systemType;
    workbook.scope.value.areas = ['customer-service'];
    workbook.goals = [makeGoal({ statement: 'Answer every call' })];
    seed(workbook);
  });
  renderWithApi(<Wizard />, backend.api);
  // The first render of the whole wizard is slow on a busy machine.
  await screen.findByRole('heading', { level: 2, name: 'Review' }, { timeout: 5000 });
  return backend;
}

/** What the step says on screen, without the page's style sheets. */
const stepText = () => screen.getByRole('main').textContent;
const settings = () => screen.getByRole('region', { name: 'Board settings' });
const floorNames = () =>
  within(settings())
    .getAllByRole('textbox')
    .map((field) => field.getAttribute('aria-label') ?? labelOf(field))
    .filter((name) => !name.startsWith('Why there is no'));
const labelOf = (field: HTMLElement) =>
  document.querySelector(`label[for="${field.id}"]`)?.textContent?.replace(/\s*\*$/, '') ?? '';

describe('Step 6, the board settings by system type', () => {
  it('shows a sewer district its overflow reporting floor and its discharge permit, and no water floor', async () => {
    const user = userEvent.setup();
    await openReview('wastewater', (workbook) => {
      workbook.scope.value.sewer.dischargePermit = 'NM0028355';
    });
    expect(floorNames()).toEqual(['Reporting a sewer overflow to the state (hours)']);
    expect(settings().textContent).not.toMatch(/pressure|boil|Tier 1/i);
    const help = screen.getByRole('region', { name: 'Help for this step' });
    expect(help.textContent).toContain('reported to the state within 24 hours; check your permit');
    // Nowhere on the step, help included, a drinking-water word.
    expect(stepText()).not.toMatch(/psi|pressure|boil/i);
    expect(settings().textContent).toContain(
      'Discharge permit: NM0028355. Its limits are part of every goal’s floor.',
    );
    await user.click(
      within(settings()).getByRole('button', {
        name: 'Change it on step 2, “Goal areas, mission and boundaries”',
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' }),
    ).toBeTruthy();
  });

  it('says when the permit number is not entered yet', async () => {
    await openReview('wastewater');
    expect(settings().textContent).toContain('Discharge permit: not entered yet.');
    expect(
      within(settings()).getByRole('button', { name: /^Enter the permit number on step 2/ }),
    ).toBeTruthy();
  });

  it('shows a water system its pressure and Tier 1 floors, and no sewer words', async () => {
    await openReview('water');
    expect(floorNames()).toEqual([
      'Minimum water pressure (psi)',
      'Tier 1 public notice (for example a boil-water notice) (hours)',
    ]);
    expect(settings().textContent).not.toMatch(/sewer|overflow|discharge permit/i);
    expect(stepText()).not.toMatch(/sewer|overflow|discharge permit/i);
  });

  it('shows a utility that runs both all three floors and its permit', async () => {
    await openReview('both');
    expect(floorNames()).toEqual([
      'Minimum water pressure (psi)',
      'Tier 1 public notice (for example a boil-water notice) (hours)',
      'Reporting a sewer overflow to the state (hours)',
    ]);
    expect(settings().textContent).toContain('Discharge permit:');
  });

  it('checks an overflow report against the board’s floor, which can be changed here', async () => {
    const user = userEvent.setup();
    const backend = await openReview('wastewater', (workbook) => {
      workbook.goals = [
        makeGoal({
          statement: 'Every sewer overflow is reported to the state',
          unit: 'hours',
          direction: 'at-most',
          target: 48,
          floor: 'overflow-report',
        }),
      ];
    });
    const mustFix = screen.getByRole('region', { name: 'Must fix before approval' });
    expect(mustFix.textContent).toContain(
      "sets 48 hours, above the board's floor of 24 hours for reporting a sewer overflow to the state",
    );
    await user.click(within(mustFix).getByRole('button', { name: 'Change the floor' }));
    const floor = screen.getByRole('textbox', { name: /Reporting a sewer overflow/ });
    expect(document.activeElement).toBe(floor);
    await user.clear(floor);
    await user.type(floor, '48');

    await waitFor(() => expect(backend.workbook.review.value.floors['overflow-report']).toBe(48));
    // The hidden water floors are kept as they were.
    expect(backend.workbook.review.value.floors['minimum-pressure']).toBe(20);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Must fix before approval' })).toBeNull(),
    );
  });
});
