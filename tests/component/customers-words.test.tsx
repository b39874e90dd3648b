import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComplaintLogSection } from '../../src/renderer/src/features/customers/complaints/ComplaintLogSection';
import { logTimeParts } from '../../src/renderer/src/features/customers/complaints/format-log-time';
import { CustomersStep } from '../../src/renderer/src/features/customers/CustomersStep';
import type { ComplaintLog, ComplaintRow } from '../../src/shared/domain/customers/complaint-log';
import { printedDate } from '../../src/shared/domain/printed-date';
import { seedCard, seedMeeting } from './support/customer-fixtures';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { inPseudoLocale } from './support/words-set-up';
import { surveyCardTexts } from '../support/survey-card-texts';

// Not the catalog's, and rightly so: what the test stored, dates, and the survey card's own
// words (surveyCardTexts), which the entry screen and the tallies repeat as printed.
const cardWords = surveyCardTexts('en');
const stored = ['Pressure drops every evening', 'Weak shower upstairs', 'Community hall'];

function withCards(cards: number) {
  return createTestApi((workbook) => {
    seedMeeting(workbook);
    seedCard(workbook, 'meeting-1', { said: stored[0], strength: 'strong', satisfaction: 4 });
    if (cards > 1) seedCard(workbook, 'meeting-1', { said: stored[1], acceptableOutageHours: 8 });
  });
}

function complaint(index: number, description: string): ComplaintRow {
  return {
    key: index.toString(16).padStart(16, '0'),
    importId: 'import-a',
    row: index + 2,
    received: `2026-03-0${index + 1}T08:00`,
    responded: `2026-03-0${index + 1}T12:30`,
    resolved: index === 0 ? '' : `2026-03-0${index + 2}`,
    category: '',
    description,
    location: '',
    topic: index === 0 ? 'pressure' : 'billing',
    topicChosen: index === 1,
  };
}

const log: ComplaintLog = {
  imports: [
    { id: 'import-a', fileName: 'log-2026.csv', importedAt: '2026-05-01T17:00:00.000Z', rows: 2 },
  ],
  rows: [complaint(0, 'Low pressure on the hill'), complaint(1, 'Bill doubled')],
};

/** The log's own dates and clock times, as the list formats them, and what the rows say. */
const logText = [
  'log-2026.csv',
  'Low pressure on the hill',
  'Bill doubled',
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(log.imports[0]!.importedAt),
  ),
  ...log.rows.flatMap((row) => Object.values(logTimeParts(row.received))),
];

describe('step 4 in the pseudo-locale: every word from the catalog', () => {
  inPseudoLocale();

  it('leaves no plain text on the plan, outreach and what-we-heard tabs', async () => {
    const user = userEvent.setup();
    renderWithApi(<CustomersStep focusOnShow={false} onGoTo={() => undefined} />, withCards(2).api);
    const outreach = await screen.findByRole('tabpanel');
    const tabs = screen.getByRole('tablist');
    expect(plainTextLeft(tabs)).toEqual([]);
    const userText = [...stored, printedDate('2026-05-12'), ...cardWords];
    expect(plainTextLeft(outreach, userText)).toEqual([]);

    const [, , heard] = screen.getAllByRole('tab');
    await user.click(heard!);
    await screen.findByRole('figure', { name: /⟦Çómméñts bý tópíç⟧/ });
    expect(plainTextLeft(screen.getByRole('tabpanel'), userText)).toEqual([]);

    const [plan] = screen.getAllByRole('tab');
    await user.click(plan!);
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(6));
    // The reasons for each way of asking (recommend-methods.ts) come from the shared catalog.
    expect(plainTextLeft(screen.getByRole('tabpanel'), [])).toEqual([]);
  });

  it('leaves no plain text in the complaint log', async () => {
    const backend = createTestApi(() => undefined, { complaintLog: log });
    const { container } = renderWithApi(
      <ComplaintLogSection approved systemType="both" onChanged={() => undefined} />,
      backend.api,
    );
    await screen.findAllByRole('listitem');
    expect(plainTextLeft(container, logText)).toEqual([]);
  });
});

describe('step 4 in Spanish', () => {
  it('counts cards and outreaches in Spanish, one and several', async () => {
    const user = userEvent.setup();
    const one = renderWithApi(
      <CustomersStep focusOnShow={false} onGoTo={() => undefined} />,
      withCards(1).api,
      'es',
    );
    await user.click(await screen.findByRole('tab', { name: 'Lo que escuchamos' }));
    expect(await screen.findByText('1 tarjeta de 1 consulta.')).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Comentarios por tema' }).textContent).toContain(
      'Presión: 1 comentario, 1 fuerte.',
    );
    one.unmount();

    renderWithApi(
      <CustomersStep focusOnShow={false} onGoTo={() => undefined} />,
      withCards(2).api,
      'es',
    );
    await user.click(await screen.findByRole('tab', { name: 'Lo que escuchamos' }));
    expect(await screen.findByText('2 tarjetas de 1 consulta.')).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Comentarios por tema' }).textContent).toContain(
      'Presión: 2 comentarios, 1 fuerte.',
    );
    // The survey card's own Spanish words, in the sentence the tally makes of them.
    expect(screen.getByRole('figure', { name: 'Corte aceptable' }).textContent).toContain(
      '0 dijeron 2 horas, 0 dijeron 4 horas, 1 dijo 8 horas',
    );
    // The way of asking, named by the shared evidence area as the agreement names it.
    expect(
      screen.getByRole('figure', { name: 'Tarjetas por manera de preguntar' }).textContent,
    ).toContain('Reunión anual: ');
  });
});
