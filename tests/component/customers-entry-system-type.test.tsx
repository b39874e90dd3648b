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

function questionLabels(form: HTMLElement): string[] {
  return within(form)
    .getAllByRole('radiogroup')
    .map((group) => {
      const label = group.getAttribute('aria-labelledby') ?? '';
      return document.getElementById(label)?.textContent ?? '';
    });
}

function topicNames(form: HTMLElement): string[] {
  const topics = within(form).getByRole('radiogroup', { name: /^Topic/ });
  return within(topics)
    .getAllByRole('radio')
    .map((radio) => radio.closest('.mantine-Radio-root')?.textContent?.replace(/^\d/, '') ?? '');
}

describe('the card form of a sewer district', () => {
  it('asks the sewer questions and offers the sewer topics, with no water question or topic', async () => {
    const form = await (showStep('wastewater'), newCard());
    expect(questionLabels(form)).toEqual([
      'Topic',
      'How strongly',
      'Satisfaction, 1 to 5',
      'Backup cleanup',
      'Told of an overflow',
      'Willing to pay more',
    ]);
    const topics = topicNames(form);
    expect(topics).toEqual(expect.arrayContaining(['Sewer odor', 'Sewer backups', 'Overflows']));
    expect(topics).not.toContain('Water quality');
    expect(topics).not.toContain('Pressure');
    expect(within(form).queryByText('Acceptable outage')).toBeNull();
    expect(within(form).queryByText('Notice wanted')).toBeNull();
  });

  it('suggests sewer odor for a lagoon, and saves both sewer answers typed with the keyboard', async () => {
    const backend = showStep('wastewater');
    const user = userEvent.setup();
    await newCard();
    await tabTo(user, 'What was said');
    await user.keyboard('Huele muy feo la laguna');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Sewer odor' })).toHaveProperty('checked', true);
    await user.tab();
    await user.keyboard('3'); // how strongly: strong
    await user.tab();
    await user.keyboard('2'); // satisfaction 2
    await user.tab();
    await user.keyboard('2'); // backup cleanup: 4 hours
    await user.tab();
    await user.keyboard('1'); // told of an overflow: 4 hours
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
    const outage = within(form).getByRole('radiogroup', { name: 'Acceptable outage' });
    expect(within(outage).getByRole('radio', { name: '8 hours' })).toHaveProperty('checked', true);
    expect(within(form).queryByText('Notice wanted')).toBeNull();
  });
});

describe('the card form of a water and sewer utility', () => {
  it('asks all four service questions and offers every topic', async () => {
    const form = await (showStep('both'), newCard());
    expect(questionLabels(form)).toEqual([
      'Topic',
      'How strongly',
      'Satisfaction, 1 to 5',
      'Acceptable outage',
      'Notice wanted',
      'Backup cleanup',
      'Told of an overflow',
      'Willing to pay more',
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
    expect(questionLabels(form)).toContain('Acceptable outage');
    expect(questionLabels(form)).not.toContain('Backup cleanup');
    expect(questionLabels(form)).not.toContain('Told of an overflow');
    const topics = topicNames(form);
    for (const sewer of ['Sewer (other)', 'Sewer odor', 'Sewer backups', 'Overflows']) {
      expect(topics).not.toContain(sewer);
    }
  });
});
