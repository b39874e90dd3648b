import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftPdfButton } from '../../src/renderer/src/features/export/DraftPdfButton';
import { ReportsPanel } from '../../src/renderer/src/features/reports/ReportsPanel';
import { VersionPrintButtons } from '../../src/renderer/src/features/signed/VersionPrintButtons';
import type { Workbook } from '../../src/shared/domain/workbook';
import { sampleToday } from '../support/sample-today';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { okValue } from './support/ok-value';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';

const printMarked = 'Print with these passages marked in English';

/**
 * A mission and two goals: goal 1 has no Spanish at all (its unit, hours, says itself); goal 2
 * has its statement in Spanish, but not its measure nor its unit, which no glossary knows.
 */
function twoGoals(workbook: Workbook): void {
  readyForVote(workbook);
  workbook.scope.value.mission = 'Safe water for every home.';
  workbook.goals = [
    makeGoal({
      id: 'g1',
      statement: 'Restore service within 8 hours',
      measure: 'Hours to restore',
      unit: 'hours',
    }),
    makeGoal({
      id: 'g2',
      kind: 'external',
      statement: 'Inspect every tank each year',
      measure: 'Tanks inspected',
      unit: 'tank inspections',
      direction: 'at-least',
      target: 2,
      baseline: { value: 2, asOf: '2025-12-31', source: 'Tank log', missingReason: '' },
      spanish: { statement: 'Inspeccionar cada tanque cada año', measure: '', unit: '' },
    }),
  ];
}

/** The Spanish fields the list asks for, by their labels, in order. */
const fieldNames = (dialog: HTMLElement) =>
  within(dialog)
    .queryAllByRole('textbox')
    .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('Before a Spanish paper prints', () => {
  it('lists exactly what has no Spanish, takes it there and then, and prints the rest marked', async () => {
    const backend = createTestApi(twoGoals);
    const user = userEvent.setup();
    renderWithApi(<DraftPdfButton />, backend.api);
    await user.click(screen.getByRole('button', { name: 'Draft PDF in Spanish' }));

    const dialog = await screen.findByRole('dialog', { name: 'Some passages have no Spanish yet' });
    expect(fieldNames(dialog)).toEqual([
      'Mission statement in Spanish',
      'Goal in Spanish (goal 1)',
      'What is measured, in Spanish (goal 1)',
      'What is measured, in Spanish (goal 2)',
      'Unit in Spanish (goal 2)',
    ]);
    expect(dialog.textContent).toContain(
      'Prints now, in English: “Restore service within 8 hours”',
    );
    expect(dialog.textContent).toContain('Prints now, in English: “tank inspections”');
    expect(dialog.textContent).not.toContain('Inspect every tank each year');

    await user.type(
      within(dialog).getByRole('textbox', { name: 'Goal in Spanish (goal 1)' }),
      'Restablecer el servicio en menos de 8 horas',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save: Goal in Spanish (goal 1)' }),
    );
    await waitFor(() =>
      expect(fieldNames(dialog)).toEqual([
        'Mission statement in Spanish',
        'What is measured, in Spanish (goal 1)',
        'What is measured, in Spanish (goal 2)',
        'Unit in Spanish (goal 2)',
      ]),
    );
    expect(backend.workbook.goals[0]?.spanish.statement).toBe(
      'Restablecer el servicio en menos de 8 horas',
    );
    expect(backend.inputsOf('export:agreementPdf')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: printMarked }));
    await waitFor(() =>
      expect(backend.inputsOf('export:agreementPdf')).toEqual([{ revision: null, language: 'es' }]),
    );
    expect(backend.inputsOf('export:check')).toEqual([
      { revision: null, document: 'agreement', language: 'es' },
      { revision: null, document: 'agreement', language: 'es' },
    ]);
  });

  it('says plainly that an approved revision cannot change, and writes into the draft', async () => {
    const backend = createTestApi((workbook) => {
      twoGoals(workbook);
      workbook.meeting.value = recordedMeeting();
    });
    await okValue(backend.api['approval:approve']());
    await okValue(backend.api['approval:newRevision']());
    const user = userEvent.setup();
    renderWithApi(<VersionPrintButtons revision={1} />, backend.api);
    await user.click(screen.getByRole('button', { name: 'Resumen para clientes (Español)' }));

    const dialog = await screen.findByRole('dialog', { name: 'Some passages have no Spanish yet' });
    expect(dialog.textContent).toContain(
      'Revision 1 is approved, so the text it prints cannot change: this printing marks these passages “(en inglés)”.',
    );
    expect(dialog.textContent).toContain(
      'What you write here goes into the draft, revision 2, and prints once the board approves it.',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Mission statement in Spanish' }),
      'Agua segura para cada hogar.',
    );
    await user.click(
      within(dialog).getByRole('button', { name: 'Save: Mission statement in Spanish' }),
    );
    // Still listed: this printing of revision 1 prints the English.
    expect(await within(dialog).findByText('✓ Saved in the draft, revision 2:')).toBeTruthy();
    expect(within(dialog).getByText('Mission statement in Spanish')).toBeTruthy();
    expect(backend.workbook.scope.value.missionSpanish).toBe('Agua segura para cada hogar.');

    await user.click(within(dialog).getByRole('button', { name: printMarked }));
    await waitFor(() =>
      expect(backend.inputsOf('export:customerSummaryPdf')).toEqual([
        { revision: 1, language: 'es' },
      ]),
    );
  });

  it('on a frozen agreement, says to start a new revision; Cancel prints nothing', async () => {
    const backend = createTestApi((workbook) => {
      twoGoals(workbook);
      workbook.meeting.value = recordedMeeting();
    });
    await okValue(backend.api['approval:approve']());
    const user = userEvent.setup();
    renderWithApi(<VersionPrintButtons revision={1} />, backend.api);

    // English needs no Spanish: it prints straight away.
    await user.click(screen.getByRole('button', { name: 'Customer summary (English)' }));
    await waitFor(() =>
      expect(backend.inputsOf('export:customerSummaryPdf')).toEqual([
        { revision: 1, language: 'en' },
      ]),
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Customer summary, English and Spanish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Some passages have no Spanish yet' });
    expect(dialog.textContent).toContain('To write their Spanish, start a new revision');
    expect(within(dialog).queryAllByRole('textbox')).toEqual([]);
    expect(dialog.textContent).toContain('Prints now, in English: “Hours to restore”');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.inputsOf('export:customerSummaryPdf')).toHaveLength(1);
    expect(backend.inputsOf('export:check').at(-1)).toEqual({
      revision: 1,
      document: 'agreement',
      language: 'es',
    });
  });

  it('asks the same before the board report prints in Spanish', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: sampleToday() });
    try {
      const backend = await approvedWithGoals();
      const user = userEvent.setup();
      renderWithApi(<ReportsPanel />, backend.api);
      const section = await screen.findByRole('region', { name: 'Report to the board' });
      await user.click(within(section).getByRole('radio', { name: 'Spanish (Español)' }));
      await user.click(
        within(section).getByRole('button', { name: 'Save the board report (PDF)' }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Some passages have no Spanish yet',
      });
      await user.click(within(dialog).getByRole('button', { name: printMarked }));
      await waitFor(() =>
        expect(backend.inputsOf('export:boardReportPdf')).toMatchObject([{ language: 'es' }]),
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
