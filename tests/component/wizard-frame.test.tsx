import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { smallScreenQuery } from '../../src/renderer/src/app/use-small-screen';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { createTestApi } from './support/test-api';
import { fakeMediaQueryList } from './support/media-query';
import { renderWithApi } from './support/render';
import { sampleToday } from '../support/sample-today';

/** A window that answers the small-screen query as `small` (jsdom has no layout of its own). */
function windowIsSmall(small: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    fakeMediaQueryList(query, small && query === smallScreenQuery),
  );
}

describe('the frame around every step', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('names the revision being edited, and after approving shows what was approved', async () => {
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = recordedMeeting();
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Board approval' });
    expect(screen.getByRole('banner').textContent).toContain('Revision 1 · draft');

    await user.click(screen.getByRole('button', { name: 'Approve and freeze revision 1' }));
    const confirm = screen.getByRole('dialog', { name: 'Approve and freeze revision 1?' });
    await user.click(within(confirm).getByRole('button', { name: 'Approve and freeze' }));

    const approved = await screen.findByRole('heading', { level: 3, name: 'Revision 1 approved' });
    // Focus moves to what was approved, so the page shows it rather than the minutes below.
    expect(document.activeElement).toBe(approved);
    const panel = screen.getByRole('region', { name: 'Revision 1 approved' });
    expect(panel.textContent).toMatch(
      /Fingerprint: [0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}/,
    );
    expect(screen.getByRole('banner').textContent).toContain('Revision 1 · approved');
  });

  it('on a wide window lists the eight steps in a row, with step names on Back and Next', async () => {
    windowIsSmall(false);
    const backend = createTestApi((workbook) => {
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(within(nav).getAllByRole('button')).toHaveLength(8);
    expect(screen.getByRole('button', { name: '← Back: External goals' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next: Board approval →' })).toBeTruthy();
  });

  it('on a small window folds the steps into a menu that reaches every one of them', async () => {
    windowIsSmall(true);
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: 'Review' });

    // Back and Next say only that, so they are never cut; their names keep the step.
    const back = screen.getByRole('button', { name: 'Back: External goals' });
    expect(back.textContent).toBe('← Back');
    expect(screen.getByRole('button', { name: 'Next: Board approval' }).textContent).toBe('Next →');

    const nav = screen.getByRole('navigation', { name: 'Wizard steps' });
    await user.click(within(nav).getByRole('button', { name: 'Step 6 of 8 ▾' }));
    // The list's code loads when it is first opened.
    const menu = await screen.findByRole('dialog', { name: 'All steps' });
    const entries = within(menu).getAllByRole('button', { name: /^Step \d: / });
    expect(entries.map((entry) => entry.getAttribute('aria-label'))).toEqual([
      'Step 1: Utility and team',
      'Step 2: Goal areas, mission and boundaries',
      'Step 3: Internal goals',
      'Step 4: Customers',
      'Step 5: External goals',
      'Step 6: Review',
      'Step 7: Board approval',
      'Step 8: Signed-off agreement',
    ]);
    expect(entries[5]!.getAttribute('aria-current')).toBe('step');

    await user.click(
      within(menu).getByRole('button', { name: 'Step 2: Goal areas, mission and boundaries' }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Goal areas, mission and boundaries' }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'All steps' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Step 2 of 8 ▾' })).toBeTruthy();
  });
});
