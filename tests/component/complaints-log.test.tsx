import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ComplaintLogSection } from '../../src/renderer/src/features/customers/complaints/ComplaintLogSection';
import type { ComplaintLog, ComplaintRow } from '../../src/shared/domain/customers/complaint-log';
import type { FeedbackTopic } from '../../src/shared/domain/customers/feedback-entry';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

function row(
  index: number,
  importId: string,
  topic: FeedbackTopic,
  description: string,
): ComplaintRow {
  const day = String((index % 28) + 1).padStart(2, '0');
  return {
    key: index.toString(16).padStart(16, '0'),
    importId,
    row: index + 2,
    received: `2026-03-${day}T08:00`,
    responded: `2026-03-${day}T12:00`,
    resolved: '',
    category: '',
    description,
    location: '',
    topic,
    topicChosen: false,
  };
}

/** Two imports: three complaints from 2025, two from 2026. */
function twoImports(): ComplaintLog {
  return {
    imports: [
      { id: 'import-a', fileName: 'log-2025.csv', importedAt: '2026-05-01T17:00:00.000Z', rows: 3 },
      { id: 'import-b', fileName: 'log-2026.csv', importedAt: '2026-05-02T17:00:00.000Z', rows: 2 },
    ],
    rows: [
      row(0, 'import-a', 'pressure', 'Low pressure on the hill'),
      row(1, 'import-a', 'billing', 'Bill doubled'),
      row(2, 'import-a', 'pressure', 'Pressure drops at night'),
      row(3, 'import-b', 'other', 'Hydrant hit by a truck'),
      row(4, 'import-b', 'billing', 'Late fee'),
    ],
  };
}

async function openSection(log: ComplaintLog, approved = false) {
  const backend = createTestApi(
    (workbook) => {
      if (approved) workbook.agreement = { revision: 1, status: 'approved' };
    },
    { complaintLog: log },
  );
  const onChanged = vi.fn();
  renderWithApi(
    <ComplaintLogSection approved={approved} systemType="both" onChanged={onChanged} />,
    backend.api,
  );
  const list = await screen.findByRole('list', { name: 'Complaints' });
  return { backend, onChanged, list, user: userEvent.setup() };
}

const itemTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

describe('Complaint log: the imported rows', () => {
  it('removes one import and its rows after asking', async () => {
    const { backend, onChanged, list, user } = await openSection(twoImports());
    const imports = screen.getByRole('table', { name: 'Files imported' });

    await user.click(within(imports).getByRole('button', { name: 'Remove log-2025.csv' }));
    let dialog = await screen.findByRole('dialog', { name: 'Remove this import?' });
    expect(dialog.textContent).toContain('The 3 complaints imported from “log-2025.csv”');
    await user.click(within(dialog).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.complaintLog.rows).toHaveLength(5);

    await user.click(within(imports).getByRole('button', { name: 'Remove log-2025.csv' }));
    dialog = await screen.findByRole('dialog', { name: 'Remove this import?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove 3 complaints' }));
    await waitFor(() => expect(itemTexts(list)).toHaveLength(2));
    expect(itemTexts(list).join()).not.toContain('Low pressure');
    expect(backend.complaintLog.imports.map((item) => item.fileName)).toEqual(['log-2026.csv']);
    expect(within(imports).queryByText('log-2025.csv')).toBeNull();
    const times = screen.getByRole('table', { name: 'Response times by topic' });
    expect(within(times).queryByRole('row', { name: /Pressure/ })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('changes a row’s topic, marks it chosen, and moves it in the figures', async () => {
    const { backend, onChanged, list, user } = await openSection(twoImports());
    const hydrant = () =>
      within(list)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.includes('Hydrant hit by a truck'));
    expect(hydrant()?.textContent).toContain('Suggested');
    const select = within(list).getByRole('combobox', { name: 'Topic of row 5' });

    await user.selectOptions(select, 'Outages');
    await waitFor(() =>
      expect(backend.complaintLog.rows[3]).toMatchObject({ topic: 'outages', topicChosen: true }),
    );
    await waitFor(() => expect(hydrant()?.textContent).toContain('Chosen by you'));
    const times = screen.getByRole('table', { name: 'Response times by topic' });
    await waitFor(() => expect(within(times).getByRole('row', { name: /Outages/ })).toBeTruthy());
    expect(within(times).queryByRole('row', { name: /Other/ })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows one topic at a time', async () => {
    const { list, user } = await openSection(twoImports());
    const filter = screen.getByRole('combobox', { name: 'Show' });
    expect(filter.textContent).toContain('Billing (2)');

    await user.selectOptions(filter, 'billing');
    await waitFor(() => expect(itemTexts(list)).toHaveLength(2));
    expect(itemTexts(list).every((text) => /Bill doubled|Late fee/.test(text))).toBe(true);
    expect(screen.getByText(/Showing 2 of 5 complaints/)).toBeTruthy();
  });

  it('draws only the rows in view of a 50,000-row log', async () => {
    const rows = Array.from({ length: 50_000 }, (_, index) =>
      row(index, 'import-a', index % 2 === 0 ? 'pressure' : 'billing', `Complaint ${index}`),
    );
    const log: ComplaintLog = {
      imports: [
        {
          id: 'import-a',
          fileName: 'big.csv',
          importedAt: '2026-05-01T17:00:00.000Z',
          rows: 50_000,
        },
      ],
      rows,
    };
    const { list } = await openSection(log);
    const drawn = within(list).getAllByRole('listitem');
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[0]?.getAttribute('aria-setsize')).toBe('50000');
    expect(drawn[0]?.textContent).toContain('Complaint 0');
  });

  it('stays open on an approved revision, saying the approval keeps its own figures', async () => {
    const { backend, list, user } = await openSection(twoImports(), true);
    expect(
      screen.getByText(
        'The log can still be brought up to date after the vote; the approved agreement keeps the complaint figures it was approved with.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose a CSV file…' })).toHaveProperty(
      'disabled',
      false,
    );

    await user.selectOptions(
      within(list).getByRole('combobox', { name: 'Topic of row 5' }),
      'Outages',
    );
    await waitFor(() =>
      expect(backend.complaintLog.rows[3]).toMatchObject({ topic: 'outages', topicChosen: true }),
    );
    await user.click(screen.getByRole('button', { name: 'Remove log-2025.csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this import?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove 3 complaints' }));
    await waitFor(() => expect(itemTexts(list)).toHaveLength(2));
    expect(backend.complaintLog.imports.map((item) => item.fileName)).toEqual(['log-2026.csv']);
  });

  it('says nothing of the vote before the agreement is approved', async () => {
    await openSection(twoImports());
    expect(screen.queryByText(/after the vote/)).toBeNull();
  });
});
