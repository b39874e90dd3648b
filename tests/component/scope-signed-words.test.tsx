import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScopeStep } from '../../src/renderer/src/features/scope/ScopeStep';
import { SignedAgreementStep } from '../../src/renderer/src/features/signed/SignedAgreementStep';
import { localDate } from '../../src/shared/domain/local-date';
import { printedDate } from '../../src/shared/domain/printed-date';
import { defaultRegulatoryStatement } from '../../src/shared/domain/scope';
import type { SystemType } from '../../src/shared/domain/utility';
import type { Workbook } from '../../src/shared/domain/workbook';
import { groupedHex } from '../../src/shared/pdf/fingerprint-text';
import { readyForVote, recordedMeeting } from './support/approval-fixtures';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi, type TestApi } from './support/test-api';
import { inPseudoLocale } from './support/words-set-up';

/** What the board typed on step 2, stored: it shows as written in any language. */
const typed = {
  mission: 'Cedar Flats keeps the water on.',
  missionSpanish: 'Cedar Flats mantiene el agua.',
  category: 'We test the wells monthly.',
  limits: 'Our one tank is small.',
};

/**
 * A combined utility with every answer that opens an explanation: no hydrants, partial lift-
 * station power, rain in the sewers, statements by category, six areas (the "more than most"
 * remark) and the mission in Spanish.
 */
function scopeBackend(systemType: SystemType | null, powered = 2): TestApi {
  return createTestApi((workbook) => {
    workbook.utility.value.systemType = systemType;
    const scope = workbook.scope.value;
    scope.areas = [
      'energy-efficiency',
      'water-efficiency',
      'social',
      'environmental',
      'customer-service',
      'regulatory',
    ];
    scope.mission = typed.mission;
    scope.missionSpanish = typed.missionSpanish;
    scope.regulatoryStyle = 'categories';
    scope.regulatoryCategories = [{ id: 'row-1', text: typed.category }];
    scope.assets.fireHydrants = 'no';
    scope.assets.storage = 'yes';
    scope.storageGallons = 50000;
    scope.sewer.liftStations = 3;
    scope.sewer.liftStationsWithBackupPower = powered;
    scope.sewer.inflowInfiltration = 'yes';
    scope.assetLimits = typed.limits;
  });
}

async function openScope(backend: TestApi, heading: RegExp | string, language: 'en' | 'es' = 'en') {
  const view = renderWithApi(<ScopeStep focusOnShow={false} />, backend.api, language);
  await screen.findByRole('heading', { level: 2, name: heading });
  return view;
}

async function openSigned(approve: boolean, language: 'en' | 'es' = 'en') {
  const backend = createTestApi((workbook: Workbook) => {
    readyForVote(workbook);
    workbook.meeting.value = recordedMeeting();
  });
  if (approve) {
    const approved = await backend.api['approval:approve']();
    if (!approved.ok) throw new Error(approved.error.message);
  }
  const view = renderWithApi(
    <SignedAgreementStep focusOnShow={false} onGoTo={() => undefined} />,
    backend.api,
    language,
  );
  return { backend, view };
}

const pseudoHeading = /^⟦.*⟧$/;

describe('steps 2 and 8 in the pseudo-locale: every word from the catalog', () => {
  inPseudoLocale();

  it('leaves no plain text on step 2 of a combined utility with every explanation open', async () => {
    const backend = scopeBackend('both');
    const { container } = await openScope(backend, pseudoHeading);
    // Every explanation the answers open is there to be checked.
    expect(screen.getAllByRole('alert')).toHaveLength(3);
    const userText = [...Object.values(typed), defaultRegulatoryStatement];
    expect(plainTextLeft(container, userText)).toEqual([]);
  });

  it('leaves no plain text on step 2 while step 1 has no system type', async () => {
    const backend = scopeBackend(null);
    const { container } = await openScope(backend, pseudoHeading);
    const userText = [...Object.values(typed), defaultRegulatoryStatement];
    expect(plainTextLeft(container, userText)).toEqual([]);
  });

  it('leaves no plain text on step 8 with an approved revision, nor in a copy check', async () => {
    const { backend, view } = await openSigned(true);
    await screen.findByRole('article', { name: pseudoHeading });
    const approval = await backend.api['approval:get']();
    if (!approval.ok) throw new Error(approval.error.message);
    const listed = approval.value.versions[0];
    if (!listed) throw new Error('no version listed');
    // The vote's outcome is said from the catalog now, so it is not typed text.
    const userText = [
      listed.shortFingerprint,
      groupedHex(listed.fingerprint, ' '),
      printedDate(listed.meetingDate),
      printedDate(localDate(new Date(listed.recordedAt))),
    ];
    expect(plainTextLeft(view.container, userText)).toEqual([]);

    const user = userEvent.setup();
    const copy = screen.getByRole('form', { name: /^⟦/ });
    await user.type(within(copy).getByRole('textbox'), listed.shortFingerprint);
    await user.click(within(copy).getByRole('button'));
    await within(copy).findByRole('alert');
    expect(plainTextLeft(copy, userText)).toEqual([]);
  });

  it('leaves no plain text on step 8 before the vote, nor when a copy matches nothing', async () => {
    const { view } = await openSigned(false);
    await screen.findByRole('heading', { level: 3, name: '⟦Ñót áppróvéd ýét⟧' });
    expect(plainTextLeft(view.container)).toEqual([]);

    const user = userEvent.setup();
    const copy = screen.getByRole('form', { name: /^⟦/ });
    const fingerprint = within(copy).getByRole('textbox');
    await user.type(fingerprint, '12AB');
    await user.click(within(copy).getByRole('button'));
    await within(copy).findByRole('alert');
    expect(plainTextLeft(copy, ['12AB'])).toEqual([]);
    await user.type(fingerprint, '-34CD-0000');
    await user.click(within(copy).getByRole('button'));
    await within(copy).findByRole('alert');
    expect(plainTextLeft(copy, ['12AB-34CD-0000'])).toEqual([]);
  });
});

describe('steps 2 and 8 in Spanish', () => {
  it('says the lift-station answers back with Spanish plurals, one station with power and two', async () => {
    const one = await openScope(
      scopeBackend('wastewater', 1),
      'Áreas de metas, misión y límites',
      'es',
    );
    expect(
      screen.getByText(
        '1 de 3 estaciones de bombeo tiene energía de respaldo; un apagón puede parar las otras 2.',
      ),
    ).toBeTruthy();
    one.unmount();

    await openScope(scopeBackend('wastewater', 2), 'Áreas de metas, misión y límites', 'es');
    expect(
      screen.getByText(
        '2 de 3 estaciones de bombeo tienen energía de respaldo; un apagón puede parar la tercera.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Estaciones de bombeo' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Medio ambiente' }).textContent).toContain(
      'Mantener las aguas negras fuera de los arroyos',
    );
  });

  it('offers the sentences for “what we cannot do” in Spanish, and saves them as the board’s', async () => {
    const backend = scopeBackend('wastewater', 2);
    await openScope(backend, 'Áreas de metas, misión y límites', 'es');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Agregar oraciones según mis respuestas' }));
    await waitFor(() =>
      expect(backend.workbook.scope.value.assetLimits).toBe(
        [
          typed.limits,
          '1 de nuestras 3 estaciones de bombeo no tiene energía de respaldo, así que un apagón largo puede pararla y las aguas negras pueden regresarse.',
          'La lluvia y el agua del subsuelo entran a nuestro drenaje, así que con mucha lluvia el sistema se puede sobrecargar y causar drenajes tapados o derrames.',
        ].join('\n'),
      ),
    );
  });

  it('lists the approved revision in Spanish, with the meeting date in Spanish', async () => {
    await openSigned(true, 'es');
    const card = await screen.findByRole('article', { name: 'Revisión 1' });
    expect(card.textContent).toContain(
      'Aprobada en la reunión de la mesa directiva del 14 de marzo de 2027 por la Resolución Núm. 2027-3.',
    );
    expect(within(card).getByText('Vigente')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar el resumen para clientes' })).toBeTruthy();
  });

  it('sends the board to step 7 in Spanish before the vote', async () => {
    await openSigned(false, 'es');
    expect(
      await screen.findByRole('button', {
        name: 'Ir al paso 7, “Aprobación de la mesa directiva”',
      }),
    ).toBeTruthy();
  });
});
