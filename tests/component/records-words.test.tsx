import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { SignedAgreementStep } from '../../src/renderer/src/features/signed/SignedAgreementStep';
import type { Workbook } from '../../src/shared/domain/workbook';
import { sampleToday } from '../support/sample-today';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';

// Step 7's warning about a later meeting and step 8's list of approved versions, on a Spanish
// screen: the vote's outcome said again from the stored tally, and the records check's problems,
// in Spanish (their English is covered by approval-step and signed-agreement tests).

/** The sample agreement approved 4–1 at the meeting of March 14, 2027; `alter` edits the record. */
async function approvedWorkbook(alter?: (workbook: Workbook) => void): Promise<Workbook> {
  const backend = createTestApi((workbook) => {
    readyForVote(workbook);
    workbook.meeting.value = recordedMeeting();
  });
  const approved = await backend.api['approval:approve']();
  if (!approved.ok) throw new Error(approved.error.message);
  const workbook = structuredClone(backend.workbook);
  alter?.(workbook);
  return workbook;
}

function openSigned(workbook: Workbook) {
  const backend = createTestApi((seeded) => Object.assign(seeded, workbook));
  renderWithApi(
    <SignedAgreementStep focusOnShow={false} onGoTo={() => undefined} />,
    backend.api,
    'es',
  );
  return backend;
}

describe('step 8 in Spanish', () => {
  it('says the approved version’s vote in Spanish, in the list and in a copy check', async () => {
    const workbook = await approvedWorkbook();
    openSigned(workbook);
    const card = await screen.findByRole('article', { name: 'Revisión 1' });
    expect(card.textContent).toContain(
      'Aprobada en la reunión de la mesa directiva del 14 de marzo de 2027 por la Resolución Núm. 2027-3. Aprobada 4–1.',
    );
    expect(card.textContent).not.toContain('Carried');

    const user = userEvent.setup();
    const copy = screen.getByRole('form', { name: 'Comprobar una copia impresa' });
    const fingerprint = workbook.approvals[0]!.fingerprint.slice(0, 8);
    await user.type(within(copy).getByRole('textbox'), fingerprint);
    await user.click(within(copy).getByRole('button', { name: 'Comprobar esta copia' }));
    const answer = await within(copy).findByRole('alert');
    expect(answer.textContent).toContain('Aprobada 4–1.');
  });

  it('names a record changed after approval in Spanish, and prints none of it', async () => {
    const workbook = await approvedWorkbook((altered) => {
      const content = altered.approvals[0]!.content as { goals: Array<{ statement: string }> };
      content.goals[0]!.statement = 'Otra promesa';
    });
    openSigned(workbook);
    const card = await screen.findByRole('article', { name: 'Revisión 1' });
    expect(within(card).getByRole('alert').textContent).toContain(
      'En esta computadora se cambió la revisión 1, aprobada en la reunión de la mesa directiva del 14 de marzo de 2027, después de su aprobación: ya no coincide con su huella digital, así que no se imprimirá como aprobada.',
    );
    expect(card.textContent).not.toContain('Aprobada 4–1.');
    expect(within(card).queryByRole('button')).toBeNull();
  });
});

describe('step 7 in Spanish', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() }));
  afterEach(() => vi.useRealTimers());

  it('says the approved revision’s vote in Spanish once it is frozen', async () => {
    const workbook = await approvedWorkbook((approved) => {
      approved.wizard = { currentStep: 'approval' };
    });
    const backend = createTestApi((seeded) => Object.assign(seeded, workbook));
    renderWithApi(<Wizard />, backend.api, 'es');
    // An approved agreement opens on its results; the steps are a button away.
    const open = await screen.findByRole('button', { name: 'Abrir los pasos del acuerdo (1 a 8)' });
    await userEvent.setup().click(open);
    const panel = await screen.findByRole('region', { name: 'Revisión 1 aprobada' });
    expect(panel.textContent).toContain(
      'Aprobada en la reunión de la mesa directiva del 14 de marzo de 2027. Aprobada 4–1. Resolución N.º 2027-3.',
    );
  });

  it('names a meeting dated after today in Spanish before approving', async () => {
    const backend = createTestApi((workbook) => {
      readyForVote(workbook);
      workbook.meeting.value = { ...recordedMeeting(), date: '2027-07-14' };
    });
    renderWithApi(<Wizard />, backend.api, 'es');
    expect(
      await screen.findByText(
        'La fecha de la reunión, 14 de julio de 2027, es posterior a hoy. Registre la votación después de la reunión.',
      ),
    ).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Aprobar y congelar la revisión 1' });
    expect(button).toHaveProperty('disabled', true);
    // Only the date is in question: no empty list of reasons, and the button is described by
    // what is recorded and by the warning, so a screen reader hears why it waits.
    expect(screen.queryByText('Todavía no se puede aprobar')).toBeNull();
    const described = (button.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('Todo está registrado y la moción fue aprobada: Aprobada 4–1.');
    expect(described).toContain('14 de julio de 2027, es posterior a hoy');
  });
});
