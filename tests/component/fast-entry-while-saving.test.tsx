import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FeedbackEntryFields } from '../../src/shared/domain/customers/feedback-entry';
import { FastEntryForm } from '../../src/renderer/src/features/customers/FastEntryForm';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

/** A save that answers only when the test says, as a slow disk or a busy laptop does. */
function heldSaves() {
  const saved: FeedbackEntryFields[] = [];
  const answers: ((failure: string | null) => void)[] = [];
  const onSave = (fields: FeedbackEntryFields) =>
    new Promise<string | null>((resolve) => {
      answers.push((failure) => {
        if (failure === null) saved.push(fields);
        resolve(failure);
      });
    });
  return { saved, onSave, answer: (failure: string | null) => answers.shift()!(failure) };
}

/** The form as the outreach shows it: the count of its saved cards goes up with each save. */
function Outreach({ onSave }: { onSave: (fields: FeedbackEntryFields) => Promise<string | null> }) {
  const [saved, setSaved] = useState(0);
  return (
    <FastEntryForm
      label="New card"
      savedCount={saved}
      systemType="water"
      importance={[]}
      onSave={async (fields) => {
        const failure = await onSave(fields);
        if (failure === null) setSaved((count) => count + 1);
        return failure;
      }}
    />
  );
}

function showForm(onSave: (fields: FeedbackEntryFields) => Promise<string | null>) {
  renderWithApi(<Outreach onSave={onSave} />, createTestApi().api);
}

const said = () => screen.getByLabelText<HTMLTextAreaElement>('What was said');

describe('typing the next card while the last one saves', () => {
  it('keeps what is typed meanwhile, and saves each card as typed', async () => {
    const saves = heldSaves();
    const user = userEvent.setup();
    showForm(saves.onSave);
    await user.type(said(), 'Brown water{Enter}');
    // Cleared at once: the next card is typed while the first is still saving.
    expect(said().value).toBe('');
    await user.type(said(), 'Low pressure at six');
    saves.answer(null);
    expect(await screen.findByText('✓ Card 1 saved.')).toBeTruthy();
    expect(said().value).toBe('Low pressure at six');
    expect(saves.saved.map((card) => card.said)).toEqual(['Brown water']);
  });

  it('saves the next card at Enter while the one before is still saving, each counted once', async () => {
    const saves = heldSaves();
    const user = userEvent.setup();
    showForm(saves.onSave);
    await user.type(said(), 'Brown water{Enter}');
    await user.type(said(), 'Low pressure at six{Enter}');
    // Both cards are on their way: the second Enter was not swallowed by the first save.
    expect(said().value).toBe('');
    saves.answer(null);
    expect(await screen.findByText('✓ Card 1 saved.')).toBeTruthy();
    saves.answer(null);
    expect(await screen.findByText('✓ Card 2 saved.')).toBeTruthy();
    expect(saves.saved.map((card) => card.said)).toEqual(['Brown water', 'Low pressure at six']);
  });

  it('puts a card that was not saved back in the form, or aside when the next was started', async () => {
    const saves = heldSaves();
    const user = userEvent.setup();
    showForm(saves.onSave);
    await user.type(said(), 'Brown water{Enter}');
    saves.answer('The disk is full.');
    expect((await screen.findByRole('alert')).textContent).toContain('The disk is full.');
    expect(said().value).toBe('Brown water');

    await user.keyboard('{Enter}');
    await user.type(said(), 'Low pressure');
    saves.answer('The disk is full.');
    await screen.findByText('A card is kept aside');
    expect(said().value).toBe('Low pressure');
    await user.click(screen.getByRole('button', { name: 'Switch to it' }));
    expect(said().value).toBe('Brown water');
    await user.click(screen.getByRole('button', { name: 'Switch to it' }));
    expect(said().value).toBe('Low pressure');

    await user.click(screen.getByRole('button', { name: 'Switch to it' }));
    await user.keyboard('{Enter}');
    saves.answer(null);
    await waitFor(() => expect(saves.saved.map((card) => card.said)).toEqual(['Brown water']));
  });
});
