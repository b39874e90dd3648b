import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import type { SystemType } from '../../src/shared/domain/utility';
import type { Workbook } from '../../src/shared/domain/workbook';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { tabTo } from './support/keyboard';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

function showStep(systemType: SystemType, seed: (workbook: Workbook) => void = () => undefined) {
  const backend = createTestApi((workbook) => {
    workbook.utility.value.systemType = systemType;
    seedMeeting(workbook);
    seed(workbook);
  });
  renderWithApi(<CustomersStep focusOnShow onGoTo={() => undefined} />, backend.api);
  return backend;
}

const newCard = () =>
  screen.findByRole('form', { name: 'New card for Annual meeting, May 12, 2026' });

/** The card's questions the form asks, in its order (card-entry-mirror checks their words). */
function askedQuestions(form: HTMLElement): string[] {
  return [...form.querySelectorAll('[data-card-question]')].map(
    (question) => question.getAttribute('data-card-question') ?? '',
  );
}

const allButService = ['overall', 'aspects', 'problems', 'pay', 'priorities', 'contact'];

function topicNames(form: HTMLElement): string[] {
  const topics = within(form).getByRole('radiogroup', { name: /^Topic/ });
  return within(topics)
    .getAllByRole('radio')
    .map((radio) => radio.closest('.mantine-Radio-root')?.textContent?.replace(/^\d/, '') ?? '');
}

describe('the card form of a sewer district', () => {
  it('asks the sewer questions and offers the sewer topics, with no water question or topic', async () => {
    const form = await (showStep('wastewater'), newCard());
    expect(askedQuestions(form)).toEqual([
      ...allButService.slice(0, 3),
      'cleanup',
      'overflowNotice',
      ...allButService.slice(3),
      'comments',
    ]);
    const topics = topicNames(form);
    expect(topics).toEqual(expect.arrayContaining(['Sewer odor', 'Sewer backups', 'Overflows']));
    expect(topics).not.toContain('Water quality');
    expect(topics).not.toContain('Pressure');
    expect(within(form).queryByText(/planned shutoff/)).toBeNull();
  });

  it('suggests sewer odor for a lagoon, and saves both sewer answers typed with the keyboard', async () => {
    const backend = showStep('wastewater');
    const user = userEvent.setup();
    await newCard();
    // A group not yet answered is one Tab stop, on its "No answer".
    await tabTo(user, 'No answer');
    await user.keyboard('2'); // 1. satisfaction 2
    for (let stop = 0; stop < 5 + 1 + 1; stop += 1) await user.tab(); // 2. five aspects, 3. problems
    await user.keyboard('2'); // 4. backup cleanup: 4 hours
    await user.tab();
    await user.keyboard('1'); // 5. told of an overflow: 4 hours
    await tabTo(user, 'What was said');
    await user.keyboard('Huele muy feo la laguna');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Sewer odor' })).toHaveProperty('checked', true);
    await user.tab();
    await user.keyboard('3'); // how strongly: strong
    await user.keyboard('{Enter}');

    expect(await screen.findByText('✓ Card 1 saved.')).toBeTruthy();
    expect(backend.workbook.customers.entries).toEqual([
      expect.objectContaining({
        topic: 'odor',
        strength: 'strong',
        satisfaction: 2,
        cleanupHours: 4,
        overflowNoticeHours: 4,
        acceptableOutageHours: null,
        noticeDays: null,
      }),
    ]);
    const cards = await screen.findByRole('list', { name: /Cards saved for this outreach/ });
    expect(within(cards).getByText(/Backup cleanup within 4 hours/).textContent).toContain(
      'Told of an overflow within 4 hours',
    );
  }, 60_000);

  it('keeps a saved card’s water topic and answer in view, marked, until changed', async () => {
    showStep('wastewater', (workbook) =>
      seedCard(workbook, 'meeting-1', { topic: 'water-quality', acceptableOutageHours: 8 }),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit card 1' }));
    const form = await screen.findByRole('form', { name: 'Saved card' });
    expect(within(form).getByRole('radio', { name: 'Water quality (not covered)' })).toHaveProperty(
      'checked',
      true,
    );
    expect(
      within(form).getByText(/Water quality is not covered: .* covers sewer service only\./),
    ).toBeTruthy();
    // Shown where the card printed it, numbered as it was, after the sewer district's own.
    expect(askedQuestions(form)).toEqual([
      ...allButService.slice(0, 3),
      'outage',
      'cleanup',
      'overflowNotice',
      ...allButService.slice(3),
      'comments',
    ]);
    const outage = within(form).getByRole('radiogroup', { name: /planned shutoff/ });
    expect(within(outage).getByRole('radio', { name: '8 hours' })).toHaveProperty('checked', true);
    expect(within(form).queryByText(/notice do you need/)).toBeNull();
  });
});

describe('the card form of a water and sewer utility', () => {
  it('asks all four service questions and offers every topic', async () => {
    const form = await (showStep('both'), newCard());
    expect(askedQuestions(form)).toEqual([
      ...allButService.slice(0, 3),
      'outage',
      'notice',
      'cleanup',
      'overflowNotice',
      ...allButService.slice(3),
      'comments',
    ]);
    expect(topicNames(form)).toEqual(
      expect.arrayContaining(['Water quality', 'Pressure', 'Sewer odor', 'Overflows']),
    );
  });

  it('suggests by the words around a smell: the tap is water quality, the manhole sewer odor', async () => {
    showStep('both');
    const user = userEvent.setup();
    const said = within(await newCard()).getByLabelText('What was said');
    await user.type(said, 'The tap water smells');
    expect(screen.getByRole('radio', { name: 'Water quality' })).toHaveProperty('checked', true);
    await user.clear(said);
    await user.type(said, 'The manhole smells');
    expect(screen.getByRole('radio', { name: 'Sewer odor' })).toHaveProperty('checked', true);
  });
});

describe('the card form of a water system', () => {
  it('asks the water questions and offers no sewer topic', async () => {
    const form = await (showStep('water'), newCard());
    expect(askedQuestions(form)).toContain('outage');
    expect(askedQuestions(form)).not.toContain('cleanup');
    expect(askedQuestions(form)).not.toContain('overflowNotice');
    const topics = topicNames(form);
    for (const sewer of ['Sewer (other)', 'Sewer odor', 'Sewer backups', 'Overflows']) {
      expect(topics).not.toContain(sewer);
    }
  });
});
