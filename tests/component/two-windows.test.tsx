import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { channelName } from '../../src/renderer/src/api/other-windows';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import type { UtilityProfile } from '../../src/shared/domain/utility';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';

type Backend = ReturnType<typeof createTestApi>;

/** Plays the other window: stores a change to step 1 as its save would. */
async function otherWindowSaves(backend: Backend, change: Partial<UtilityProfile>) {
  const { rev, value } = backend.workbook.utility;
  await okValue(backend.otherWindow['utility:save']({ rev, value: { ...value, ...change } }));
}

/** This window comes back into view, where it looks for changes made elsewhere. */
function comeBack() {
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
}

async function openUtility(backend: Backend) {
  renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
  return screen.findByRole<HTMLInputElement>('textbox', { name: 'Name of the utility' });
}

/** What a screen reader hears after a field's name: its hint and its message. */
function descriptionOf(field: HTMLElement): HTMLElement {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const parts = ids.map((id) => document.getElementById(id));
  const mark = parts.find((node) => node?.textContent.includes('Not saved'));
  if (!mark) throw new Error(`No "Not saved" mark under the field ${field.outerHTML}`);
  return mark;
}

const seeded = () =>
  createTestApi((workbook) => {
    workbook.utility = {
      rev: 3,
      value: { ...workbook.utility.value, name: 'Cedar Flats Water', systemId: 'NM3512345' },
    };
  });

describe('two windows on the same records', () => {
  it('shows another window’s change in a field left alone here, without saving anything', async () => {
    const backend = seeded();
    await openUtility(backend);
    await otherWindowSaves(backend, { systemId: 'NM3599999' });
    comeBack();

    const systemId = screen.getByRole<HTMLInputElement>('textbox', { name: 'System ID' });
    await waitFor(() => expect(systemId.value).toBe('NM3599999'));
    expect(backend.inputsOf('utility:save')).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('All changes saved');
  });

  it('hears another window’s save at once on the shared channel', async () => {
    const backend = seeded();
    await openUtility(backend);
    await otherWindowSaves(backend, { systemId: 'NM3599999' });
    const otherWindow = new BroadcastChannel(channelName);
    otherWindow.postMessage({ method: 'utility:save' });
    otherWindow.close();

    const systemId = screen.getByRole<HTMLInputElement>('textbox', { name: 'System ID' });
    await waitFor(() => expect(systemId.value).toBe('NM3599999'));
  });

  it('keeps text typed here, marked at the field, when the other window changed the same field', async () => {
    const backend = seeded();
    const user = userEvent.setup();
    const name = await openUtility(backend);
    // Saved there first, so whichever comes first here, the news or this window's own save
    // (refused as stale), the typing meets the other window's version.
    await otherWindowSaves(backend, { name: 'Cedar Flats MDWCA', systemId: 'NM3599999' });
    await user.clear(name);
    await user.type(name, 'Pine Flats Water');
    comeBack();

    const mark = await waitFor(() => descriptionOf(name));
    expect(mark.textContent).toContain(
      'Not saved — changed in another window, which has “Cedar Flats MDWCA”.',
    );
    expect(name.value).toBe('Pine Flats Water');
    // The field left alone here follows the other window.
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'System ID' }).value).toBe(
      'NM3599999',
    );
    expect(screen.getByRole('status').textContent).toContain('Another window saved a field');
    // Nothing is saved over the other window's name until the user chooses.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(backend.workbook.utility.value.name).toBe('Cedar Flats MDWCA');

    await user.click(within(mark).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(backend.workbook.utility.value.name).toBe('Pine Flats Water'));
    expect(backend.workbook.utility.value.systemId).toBe('NM3599999');
    expect(backend.workbook.utility.rev).toBe(5);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
    expect(name.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('takes the other window’s version on request and saves nothing from here', async () => {
    const backend = seeded();
    const user = userEvent.setup();
    const name = await openUtility(backend);
    await otherWindowSaves(backend, { name: 'Cedar Flats MDWCA' });
    await user.type(name, ' of the hills');
    comeBack();

    const mark = await waitFor(() => descriptionOf(name));
    await user.click(within(mark).getByRole('button', { name: 'Use the other window’s' }));

    expect(name.value).toBe('Cedar Flats MDWCA');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
    expect(backend.workbook.utility).toMatchObject({
      rev: 4,
      value: { name: 'Cedar Flats MDWCA' },
    });
  });

  it('never drops typing when its save finds a newer version: it merges and saves on top', async () => {
    const backend = seeded();
    const user = userEvent.setup();
    const name = await openUtility(backend);
    // The other window's news never came (another browser): only the save can find out.
    await otherWindowSaves(backend, { systemId: 'NM3599999' });
    await user.clear(name);
    await user.type(name, 'Pine Flats Water');

    await waitFor(() => expect(backend.workbook.utility.value.name).toBe('Pine Flats Water'));
    expect(backend.workbook.utility.value.systemId).toBe('NM3599999');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'System ID' }).value).toBe(
      'NM3599999',
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('All changes saved'),
    );
  });

  it('lets the top notice keep every typed field at once, which the wizard waits for', async () => {
    const backend = createTestApi((workbook) => {
      workbook.utility.value.name = 'Cedar Flats Water';
    });
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    const name = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Name of the utility',
    });
    await otherWindowSaves(backend, { name: 'Cedar Flats MDWCA' });
    await user.type(name, '!');

    await waitFor(() => descriptionOf(name));
    await user.click(screen.getByRole('button', { name: /^Next:/ }));
    expect(await screen.findByText(/At each field marked “Not saved”, choose/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Utility and team' })).toBeTruthy();

    const notice = screen.getByRole('alert', { name: 'Not saved — changed in another window' });
    await user.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(backend.workbook.utility.value.name).toBe('Cedar Flats Water!'));
  });

  it('marks a goal’s field inside its open editor when another window changed that goal', async () => {
    const goal = makeGoal({ id: 'g1', statement: 'Water back on within a day' });
    const backend = createTestApi((workbook) => {
      workbook.scope.value.areas = ['customer-service'];
      workbook.goals = [goal];
    });
    const user = userEvent.setup();
    renderWithApi(<GoalsStep kind="internal" focusOnShow={false} openGoalId="g1" />, backend.api);
    const statement = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Goal' });
    const { id, rev, ...fields } = goal;
    await okValue(
      backend.otherWindow['goals:update']({
        id,
        rev,
        fields: { ...fields, statement: 'Water back on within 8 hours', unit: 'hours of outage' },
      }),
    );
    await user.type(statement, ', always');
    comeBack();

    const mark = await waitFor(() => descriptionOf(statement));
    expect(mark.textContent).toContain('which has “Water back on within 8 hours”');
    expect(statement.value).toBe('Water back on within a day, always');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Unit' }).value).toBe(
      'hours of outage',
    );
    await user.click(within(mark).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() =>
      expect(backend.workbook.goals[0]).toMatchObject({
        rev: 2,
        statement: 'Water back on within a day, always',
        unit: 'hours of outage',
      }),
    );
  });

  it('keeps the text typed into a goal another window deleted, and offers Reload', async () => {
    const goal = makeGoal({ id: 'g1', statement: 'Water back on within a day' });
    const backend = createTestApi((workbook) => {
      workbook.scope.value.areas = ['customer-service'];
      workbook.goals = [goal];
    });
    const user = userEvent.setup();
    renderWithApi(<GoalsStep kind="internal" focusOnShow={false} openGoalId="g1" />, backend.api);
    const statement = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Goal' });
    await okValue(backend.otherWindow['goals:delete']({ id: 'g1' }));
    await user.type(statement, ', always');

    const notice = await screen.findByRole('alert', { name: 'Not saved' });
    expect(notice.textContent).toContain(
      'This goal is no longer in the list; it may have been deleted in another window.',
    );
    expect(statement.value).toBe('Water back on within a day, always');
    await user.click(within(notice).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('No internal goals yet.')).toBeTruthy();
  });
});

describe('a window left open while the board approved in another', () => {
  it('shows the frozen notice with Reload and stops taking typing', async () => {
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = recordedMeeting();
      workbook.wizard = { currentStep: 'utility' };
    });
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    const name = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Name of the utility',
    });
    expect(screen.queryByRole('region', { name: /approved and frozen/ })).toBeNull();

    const approved = await backend.otherWindow['approval:approve']();
    expect(approved.ok).toBe(true);
    comeBack();

    const banner = await screen.findByRole('region', {
      name: 'Revision 1 is approved and frozen',
    });
    expect(banner.textContent).toContain('recorded in another window');
    // Said where a person typing far down the page sees it too, not only at the top.
    expect(await screen.findByText('Revision 1 was approved in another window')).toBeTruthy();
    expect(name.matches(':disabled')).toBe(true);
    await user.type(name, 'typed after the vote');
    expect(name.value).toBe('Cedar Flats Water');

    await user.click(within(banner).getByRole('button', { name: 'Reload' }));
    const reloaded = await screen.findByRole('region', {
      name: 'Revision 1 is approved and frozen',
    });
    await waitFor(() =>
      expect(within(reloaded).getByRole('button', { name: 'Start a new revision' })).toBeTruthy(),
    );
    expect(within(reloaded).queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('learns of the approval from a refused save, and offers Reload beside the save state', async () => {
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = recordedMeeting();
      workbook.wizard = { currentStep: 'utility' };
    });
    const user = userEvent.setup();
    renderWithApi(<Wizard />, backend.api);
    const name = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Name of the utility',
    });
    const approved = await backend.otherWindow['approval:approve']();
    expect(approved.ok).toBe(true);
    await user.type(name, '!');

    expect(await screen.findByText('Not saved: this revision is frozen')).toBeTruthy();
    await waitFor(() => expect(name.matches(':disabled')).toBe(true));
    // What was typed stays on screen to be read; it was never saved.
    expect(name.value).toBe('Cedar Flats Water!');
    expect(backend.workbook.utility.value.name).toBe('Cedar Flats Water');
    expect(screen.getAllByRole('button', { name: 'Reload' }).length).toBeGreaterThan(0);
  });
});
