import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { tabTo } from './support/keyboard';
import { createTestApi, type TestApi } from './support/test-api';
import { renderWithApi } from './support/render';

function showStep(backend: TestApi) {
  return renderWithApi(<CustomersStep focusOnShow onGoTo={() => undefined} />, backend.api);
}

describe('typing feedback cards', () => {
  it('takes every question of the card by keyboard alone, clears the form and keeps it after a reload', async () => {
    const backend = createTestApi((workbook) => {
      workbook.utility.value.systemType = 'water';
      workbook.goals = [
        makeGoal({ id: 'g-pressure', kind: 'external', statement: 'Keep pressure above 35 psi' }),
      ];
      seedMeeting(workbook);
    });
    const user = userEvent.setup();
    const view = showStep(backend);
    await screen.findByRole('form', { name: 'New card for Annual meeting, May 12, 2026' });
    const tabs = async (count: number) => {
      for (let stop = 0; stop < count; stop += 1) await user.tab();
    };

    // A group not yet answered is one Tab stop, on its "No answer"; number keys answer it.
    const first = await tabTo(user, 'No answer');
    await user.keyboard('4'); // 1. overall: 4
    await user.tab();
    await user.keyboard('5'); // 2. taste and look: 5
    await user.tab();
    await user.keyboard('2'); // water pressure: 2
    await user.tab();
    await user.keyboard('6'); // reliability: don't know
    await tabs(2); // how fast we respond: left blank
    await user.keyboard('3'); // billing: 3
    await tabs(2); // courtesy: left blank
    await user.keyboard('13'); // 3. low pressure and hard water
    await user.keyboard('3'); // … and hard water cleared again
    await user.keyboard('1'); // … and low pressure cleared: marked twice is cleared
    await user.keyboard('16'); // low pressure, no water (outage)
    await user.tab();
    await user.keyboard('3'); // 4. outage: 8 hours
    await user.tab();
    await user.keyboard('2'); // 5. notice: 2 days
    await user.tab();
    await user.keyboard('2'); // 6. pay: up to 10% more
    await user.tab();
    await user.keyboard('2'); // 7. reliable service: 2
    await user.tab();
    await user.keyboard('1'); // affordable bills: 1
    await tabs(4); // the other three priorities left blank, 8. how to hear from us
    await user.keyboard('14'); // mail, note with the bill
    await user.tab();
    await user.keyboard('3'); // 9. keep pressure above 35 psi: very important
    const said = await tabTo(user, 'What was said'); // 10.
    await user.keyboard('Brown water from the tap');
    await user.tab();
    // The topic was suggested from the words, so Tab lands on it.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Water quality' }));
    await user.keyboard('2'); // number keys pick: 2 is Pressure
    expect(screen.getByRole('radio', { name: 'Pressure' })).toHaveProperty('checked', true);
    await user.keyboard('w'); // a letter jumps to the next topic starting with it
    expect(screen.getByRole('radio', { name: 'Water quality' })).toHaveProperty('checked', true);
    await user.tab();
    await user.keyboard('3'); // how strongly: strong
    await user.keyboard('{Enter}');

    expect(await screen.findByText('✓ Card 1 saved.')).toBeTruthy();
    expect(backend.workbook.customers.entries).toEqual([
      expect.objectContaining({
        outreachId: 'meeting-1',
        topic: 'water-quality',
        said: 'Brown water from the tap',
        strength: 'strong',
        satisfaction: 4,
        ratings: { taste: 5, pressure: 2, reliability: 'dont-know', billing: 3 },
        problems: ['low-pressure', 'no-water'],
        acceptableOutageHours: 8,
        noticeDays: 2,
        willingToPay: 'plus-10',
        priorities: { reliable: 2, affordable: 1 },
        contact: ['mail', 'bill'],
        importance: { 'goal:g-pressure': 'very' },
      }),
    ]);
    // Cleared for the next card, the focus back on the first question.
    expect(document.activeElement?.closest('[data-card-question]')).toBe(
      first.closest('[data-card-question]'),
    );
    expect((said as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('radio', { name: 'Moderate' })).toHaveProperty('checked', true);

    // The next card straight away: words, then Enter; the topic follows the words.
    await user.click(said);
    await user.keyboard('The bill doubled this month{Enter}');
    expect(await screen.findByText('✓ Card 2 saved.')).toBeTruthy();
    expect(backend.workbook.customers.entries[1]).toMatchObject({ topic: 'billing', problems: [] });

    view.unmount();
    showStep(backend);
    const cards = await screen.findByRole('list', { name: /Cards saved for this outreach/ });
    const items = within(cards).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Card 2: Billing · Moderate · “The bill doubled this month”',
      'Card 1: Water quality · Strong · “Brown water from the tap”',
    ]);
    expect(items[1]?.textContent).toContain(
      'Problems: low pressure and no water (outage) · Most important: affordable bills · Hear from us by Mail and Note with the bill',
    );
    // Some sixty keystrokes through a full card: slow in jsdom, so it gets more than the usual time.
  }, 120_000);

  it('keeps a half-typed card while another tab is looked at', async () => {
    const backend = createTestApi((workbook) => void seedMeeting(workbook));
    const user = userEvent.setup();
    showStep(backend);
    await screen.findByRole('form', { name: 'New card for Annual meeting, May 12, 2026' });
    await user.type(screen.getByLabelText('What was said'), 'Pressure drops at six');
    await user.click(screen.getByRole('tab', { name: 'What we heard' }));
    await user.click(screen.getByRole('tab', { name: 'Outreach and feedback' }));
    expect(screen.getByLabelText('What was said')).toHaveProperty('value', 'Pressure drops at six');
    expect(backend.workbook.customers.entries).toEqual([]);
  });

  it('refuses an empty card on Enter, and saves nothing', async () => {
    const backend = createTestApi((workbook) => void seedMeeting(workbook));
    const user = userEvent.setup();
    showStep(backend);
    await tabTo(user, 'What was said');
    await user.keyboard('{Enter}');

    expect((await screen.findByRole('alert')).textContent).toMatch(/This card is empty/);
    expect(backend.inputsOf('customers:addEntry')).toEqual([]);
  });

  it('deletes a card and puts it back in its place with Undo', async () => {
    const backend = createTestApi((workbook) => {
      seedMeeting(workbook);
      seedCard(workbook, 'meeting-1', { said: 'First' });
      seedCard(workbook, 'meeting-1', { said: 'Second' });
    });
    const user = userEvent.setup();
    showStep(backend);
    await user.click(await screen.findByRole('button', { name: 'Delete card 1' }));

    await waitFor(() => expect(backend.workbook.customers.entries).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(backend.workbook.customers.entries.map((entry) => entry.said)).toEqual([
        'First',
        'Second',
      ]),
    );
    expect(await screen.findByRole('button', { name: 'Delete card 1' })).toBeTruthy();
  });

  it('adds an outreach and deletes it with its cards after asking', async () => {
    const backend = createTestApi((workbook) => {
      workbook.customers.plan.value.methods = [
        { method: 'door-to-door', plannedOn: '', notes: '' },
      ];
    });
    const user = userEvent.setup();
    showStep(backend);
    await user.click(await screen.findByRole('tab', { name: 'Outreach and feedback' }));
    await user.click(screen.getByRole('button', { name: 'Add an outreach' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add an outreach' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Place' }), 'North side');
    await user.type(within(dialog).getByRole('textbox', { name: 'People reached' }), '40');
    await user.type(within(dialog).getByRole('textbox', { name: 'People who answered' }), '41');
    await user.click(within(dialog).getByRole('button', { name: 'Add outreach' }));
    expect(await within(dialog).findByText(/cannot be more than people reached/)).toBeTruthy();
    await user.clear(within(dialog).getByRole('textbox', { name: 'People who answered' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'People who answered' }), '31');
    await user.click(within(dialog).getByRole('button', { name: 'Add outreach' }));

    await waitFor(() =>
      expect(backend.workbook.customers.outreaches).toEqual([
        expect.objectContaining({
          method: 'door-to-door',
          place: 'North side',
          reached: 40,
          answered: 31,
        }),
      ]),
    );
    const form = await screen.findByRole('form', { name: 'New card for Door to door' });
    await user.type(
      within(form).getByRole('textbox', { name: 'What was said' }),
      'Low pressure{Enter}',
    );
    await screen.findByText('✓ Card 1 saved.');

    await user.click(screen.getByRole('button', { name: 'Delete Door to door' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete this outreach?' });
    expect(confirm.textContent).toMatch(/Door to door and its 1 card will be deleted/);
    await user.click(within(confirm).getByRole('button', { name: 'Delete outreach and cards' }));
    await waitFor(() => expect(backend.workbook.customers.outreaches).toEqual([]));
    expect(backend.workbook.customers.entries).toEqual([]);
  });
});
