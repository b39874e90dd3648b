import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from '../../src/renderer/src/form-kit/DateField';
import { OutreachEditor } from '../../src/renderer/src/features/customers/OutreachEditor';
import { UtilityStep } from '../../src/renderer/src/features/utility/UtilityStep';
import { cssVariablesResolver, theme } from '../../src/renderer/src/theme';
import { createTestApi } from './support/test-api';
import { CatalogProvider } from '../../src/renderer/src/i18n/LanguageProvider';
import { renderWithApi } from './support/render';

/** The field as a step holds it: the value it passes up comes back as the form's value. */
function Harness({ start, seen }: { start: string; seen: (value: string) => void }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <DateField
        label="Meeting date"
        description="Such as 3/14/2027 or March 14, 2027."
        value={value}
        onChange={(next) => {
          seen(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue('2026-12-08')}>
        Changed elsewhere
      </button>
    </>
  );
}

/** The field's message, read where a screen reader finds it: through aria-describedby. */
function errorOf(input: HTMLElement): string | null {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.find((id) => id.endsWith('-error'));
  return error === undefined ? null : (document.getElementById(error)?.textContent ?? null);
}

function renderField(start = '') {
  const seen = vi.fn<(value: string) => void>();
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <CatalogProvider language="en">
        <Harness start={start} seen={seen} />
      </CatalogProvider>
    </MantineProvider>,
  );
  return { seen, input: screen.getByRole('textbox', { name: 'Meeting date' }) };
}

describe('DateField', () => {
  it.each([['1/14/2027'], ['1/14/27'], ['Jan 14 2027'], ['January 14, 2027'], ['2027-01-14']])(
    'reads %s, keeps it as typed and shows the day in words',
    async (typed) => {
      const user = userEvent.setup();
      const { seen, input } = renderField();
      await user.type(input, typed);

      expect(seen).toHaveBeenLastCalledWith('2027-01-14');
      expect((input as HTMLInputElement).value).toBe(typed);
      const words = screen.getByText('Thursday, January 14, 2027');
      expect(input.getAttribute('aria-describedby')).toContain(words.id);
    },
  );

  it('shows a stored date in words as soon as it opens', () => {
    const { input } = renderField('2026-12-08');
    expect((input as HTMLInputElement).value).toBe('2026-12-08');
    expect(screen.getByText('Tuesday, December 8, 2026')).toBeTruthy();
  });

  it('refuses a day-first date once the person leaves the field, not while typing', async () => {
    const user = userEvent.setup();
    const { seen, input } = renderField('2026-12-08');
    await user.clear(input);
    await user.type(input, '14/01/2027');
    expect(errorOf(input)).toBeNull();

    await user.tab();
    const message =
      'Meeting date: “14/01/2027” puts the day first. Write it as 1/14/2027 (month first) or 2027-01-14.';
    expect(errorOf(input)).toBe(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Passed up as typed, so the step's schema refuses it and the saved date is kept.
    expect(seen).toHaveBeenLastCalledWith('14/01/2027');
    expect(screen.queryByText(/January 1, 2001/)).toBeNull();
  });

  it('refuses a day the month does not have when Enter is pressed', async () => {
    const user = userEvent.setup();
    const { input } = renderField();
    await user.type(input, '2027-02-30{Enter}');
    expect(errorOf(input)).toBe(
      'Meeting date: February 2027 has 28 days, so “2027-02-30” is not a date. Write a real day, such as 2027-02-28.',
    );
    expect(screen.queryByText(/March 2, 2027/)).toBeNull();
  });

  it('clears to no date', async () => {
    const user = userEvent.setup();
    const { seen, input } = renderField('2026-12-08');
    await user.clear(input);
    expect(seen).toHaveBeenLastCalledWith('');
    expect(screen.queryByText(/December/)).toBeNull();
  });

  it('follows the value when it changes elsewhere (a reload, the other window)', async () => {
    const user = userEvent.setup();
    const { input } = renderField();
    await user.type(input, 'not yet');
    await user.click(screen.getByRole('button', { name: 'Changed elsewhere' }));
    expect((input as HTMLInputElement).value).toBe('2026-12-08');
    expect(screen.getByText('Tuesday, December 8, 2026')).toBeTruthy();
  });

  it('offers a calendar to pick the day from', async () => {
    const user = userEvent.setup();
    const { seen, input } = renderField('2026-12-08');
    await user.click(screen.getByRole('button', { name: 'Pick Meeting date on a calendar' }));
    const dialog = await screen.findByRole('dialog');
    // The calendar's code loads on first open.
    await user.click(await within(dialog).findByRole('button', { name: /^15 December 2026$/ }));

    expect(seen).toHaveBeenLastCalledWith('2026-12-15');
    expect((input as HTMLInputElement).value).toBe('2026-12-15');
    expect(screen.getByText('Tuesday, December 15, 2026')).toBeTruthy();
  });
});

describe('Date fields in their steps', () => {
  it('saves a board term typed month first as the stored date', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('button', { name: 'Add a board member' }));
    await user.type(screen.getByRole('textbox', { name: 'Term ends' }), '6/30/27');

    expect(screen.getByText('Wednesday, June 30, 2027')).toBeTruthy();
    await waitFor(() =>
      expect(backend.workbook.utility.value.board[0]?.termEnds).toBe('2027-06-30'),
    );
  });

  it('never saves an impossible term end, and says the step is not saved', async () => {
    const backend = createTestApi();
    const user = userEvent.setup();
    renderWithApi(<UtilityStep focusOnShow={false} onNameSaved={() => undefined} />, backend.api);
    await user.click(await screen.findByRole('button', { name: 'Add a board member' }));
    const term = screen.getByRole('textbox', { name: 'Term ends' });
    await user.type(term, '2/30/2027');
    await user.tab();

    expect(errorOf(term)).toBe(
      'Term ends: February 2027 has 28 days, so “2/30/2027” is not a date. Write a real day, such as 2/28/2027.',
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Not saved: fix the field'),
    );
    expect(backend.workbook.utility.value.board.every((member) => member.termEnds === '')).toBe(
      true,
    );
  });

  it('adds an outreach with a date in words, and refuses a day-first one on Add', async () => {
    const onSave = vi.fn(() => Promise.resolve(true));
    const user = userEvent.setup();
    render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <CatalogProvider language="en">
          <OutreachEditor
            outreach={null}
            defaultMethod="annual-meeting"
            onClose={() => undefined}
            onSave={onSave}
          />
        </CatalogProvider>
      </MantineProvider>,
    );
    const date = screen.getByRole('textbox', { name: 'Date' });
    await user.type(date, '31/3/2027');
    await user.click(screen.getByRole('button', { name: 'Add outreach' }));
    expect(errorOf(date)).toBe(
      'Date: “31/3/2027” puts the day first. Write it as 3/31/2027 (month first) or 2027-03-31.',
    );
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(date);
    await user.type(date, 'March 31, 2027');
    expect(screen.getByText('Wednesday, March 31, 2027')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add outreach' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ date: '2027-03-31' }));
  });
});
