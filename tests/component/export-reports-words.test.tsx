import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SurveyFormsSection } from '../../src/renderer/src/features/customers/SurveyFormsSection';
import { DraftPdfButton } from '../../src/renderer/src/features/export/DraftPdfButton';
import { ReportsPanel } from '../../src/renderer/src/features/reports/ReportsPanel';
import { catalogs } from '../../src/renderer/src/i18n/catalog';
import { LanguageProvider } from '../../src/renderer/src/i18n/LanguageProvider';
import { pageLanguageKey } from '../../src/renderer/src/i18n/page-language';
import type { Workbook } from '../../src/shared/domain/workbook';
import { readyForVote } from './support/approval-fixtures';
import { makeGoal } from './support/goal-fixtures';
import { okValue } from './support/ok-value';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi, type TestApi } from './support/test-api';
import { approvedWithGoals } from './support/tracking-fixtures';
import { inPseudoLocale, onSampleToday, pseudo } from './support/words-set-up';

/**
 * Approved March 14, 2027, today June 1, 2027. Goal 3 (at least 25 psi) missed in April; with
 * `both`, goal 2 (at most 1 working day) missed in April too. Both are goals for customers.
 */
async function withMisses(both: boolean): Promise<TestApi> {
  const backend = await approvedWithGoals();
  const entries = [
    { goalId: 'g-pressure', period: '2027-03', value: 26, source: '', note: '' },
    { goalId: 'g-pressure', period: '2027-04', value: 22, source: '', note: '' },
  ];
  if (both) entries.push({ goalId: 'g-answer', period: '2027-04', value: 2, source: '', note: '' });
  await okValue(backend.api['tracking:saveActuals']({ entries }));
  return backend;
}

/**
 * What the reports show as the board wrote it (stays as it comes); the service's quarters,
 * targets and results come as shared messages, said through the catalog.
 */
async function reportText(backend: TestApi): Promise<string[]> {
  const view = await okValue(backend.api['report:get']());
  return view.years.flatMap((year) => year.missed.map((goal) => goal.statement));
}

/** A mission the PDF's letters cannot all draw, and goals with no Spanish written. */
function draftWithoutSpanish(workbook: Workbook): void {
  readyForVote(workbook);
  workbook.scope.value.mission = 'Safe water for every home 水';
  workbook.goals = [
    makeGoal({
      id: 'g1',
      statement: 'Restore service within 8 hours',
      measure: 'Hours to restore',
      unit: 'hours',
    }),
  ];
}

const draftText = [
  'Safe water for every home 水',
  'Restore service within 8 hours',
  'Hours to restore',
];

onSampleToday();
beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('printing and reports, in the catalog', () => {
  inPseudoLocale();

  it('leaves no plain text on the reports, a follow-up with its Spanish, and a saved paper', async () => {
    const backend = await withMisses(false);
    const userText = await reportText(backend);
    const user = userEvent.setup();
    const { container } = renderWithApi(<ReportsPanel />, backend.api);
    await screen.findByRole('heading', { level: 3, name: pseudo('Report card for customers') });
    await user.click(screen.getByRole('button', { name: pseudo('Write it in Spanish') }));
    await user.click(screen.getByRole('button', { name: pseudo('Save the board report (PDF)') }));
    const notice = await screen.findByText(/Board report - .*\.pdf/);
    const fileName = /Board report - .*\.pdf/.exec(notice.textContent ?? '')?.[0] ?? '';

    expect(plainTextLeft(container, [fileName, ...userText])).toEqual([]);
  });

  it('leaves no plain text in the list of passages with no Spanish', async () => {
    const backend = createTestApi(draftWithoutSpanish);
    const user = userEvent.setup();
    renderWithApi(<DraftPdfButton />, backend.api);
    await user.click(screen.getByRole('button', { name: pseudo('Draft PDF in Spanish') }));
    const dialog = await screen.findByRole('dialog', {
      name: pseudo('Some passages have no Spanish yet'),
    });
    // A save with nothing typed says what to do.
    const save = within(dialog).getAllByRole('button', { name: /^⟦Sávé: / })[0];
    if (!save) throw new Error('No passage to save');
    await user.click(save);
    await within(dialog).findByText(
      pseudo('Write the Spanish first, or leave it and print it marked in English.'),
    );

    expect(plainTextLeft(dialog, draftText)).toEqual([]);
  });

  it('leaves no plain text in the question about characters the PDF cannot print', async () => {
    const backend = createTestApi(draftWithoutSpanish);
    const check = await okValue(
      backend.api['export:check']({ revision: null, document: 'agreement', language: 'en' }),
    );
    // The field's name comes from the service, as its error messages do.
    const fields = check.unprintable.map((item) => item.field);
    expect(fields.length).toBeGreaterThan(0);
    const user = userEvent.setup();
    renderWithApi(<DraftPdfButton />, backend.api);
    await user.click(
      screen.getByRole('button', { name: pseudo('Draft PDF for the board packet') }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: pseudo('Some characters cannot be printed'),
    });

    expect(plainTextLeft(dialog, [...fields, '水'])).toEqual([]);
  });

  it('leaves no plain text on the survey forms tab', () => {
    const { container } = renderWithApi(<SurveyFormsSection />, createTestApi().api);
    expect(screen.getByRole('button', { name: pseudo('Survey card, English') })).toBeTruthy();

    expect(plainTextLeft(container)).toEqual([]);
  });
});

describe('printing and reports in Spanish', () => {
  it('speaks Spanish on the reports: one missed goal, then two', async () => {
    const backend = await withMisses(false);
    const { unmount } = renderWithApi(<ReportsPanel />, backend.api, 'es');
    await screen.findByRole('heading', { level: 3, name: 'Informe a la mesa directiva' });
    expect(
      screen.getByText(
        'Una meta para los clientes no cumplió el objetivo en 2027 hasta ahora. Diga lo que el sistema hará al respecto; el informe lo imprime junto a la meta no cumplida.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Lo que haremos (meta 3, 2027)' })).toBeTruthy();
    // In the board report's periods and in the card's years.
    expect(screen.getAllByRole('option', { name: '2027 (hasta ahora)' })).toHaveLength(2);
    unmount();

    renderWithApi(<ReportsPanel />, (await withMisses(true)).api, 'es');
    expect(
      await screen.findByText(
        '2 metas para los clientes no cumplieron el objetivo en 2027 hasta ahora. Diga lo que el sistema hará al respecto con cada una; el informe lo imprime junto a la meta no cumplida.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Guardar el informe de resultados (PDF)' }),
    ).toBeTruthy();
  });
});

describe('the page before the app’s code loads', () => {
  const renderer = resolve(__dirname, '../../src/renderer');
  const html = readFileSync(join(renderer, 'index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const script = readFileSync(join(renderer, 'public/opening-language.js'), 'utf8');

  /** The page's first paint: its body, then the script that follows the paragraph. */
  function firstPaint(): string | null {
    document.body.innerHTML = page.body.innerHTML;
    // The page's own script, read from public/ (jsdom runs no <script> here).
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function(script) as () => void;
    run();
    return screen.getByRole('status').textContent;
  }

  // As the page starts: `<html lang="en">`, nothing remembered on a first start.
  beforeEach(() => {
    document.documentElement.lang = 'en';
    localStorage.clear();
  });

  it('runs that script right after the paragraph, before the page goes on', () => {
    const next = page.querySelector('#root')?.nextElementSibling;
    expect(next?.getAttribute('src')).toBe('/opening-language.js');
    // A classic script, neither a module nor deferred: it runs where it stands.
    expect(['type', 'defer', 'async'].filter((name) => next?.hasAttribute(name))).toEqual([]);
  });

  it('says “Opening…” in the language the app last showed, set by the app itself', () => {
    expect(firstPaint()).toBe(catalogs.en['app.opening']);
    expect(document.documentElement.lang).toBe('en');

    const { unmount } = render(
      <LanguageProvider chosen="es">
        <p>Hola</p>
      </LanguageProvider>,
    );
    unmount();
    expect(localStorage.getItem(pageLanguageKey)).toBe('es');
    document.documentElement.lang = 'en';
    expect(firstPaint()).toBe(catalogs.es['app.opening']);
    // So the start-up reads' refusals, and a failed load, are said in Spanish too.
    expect(document.documentElement.lang).toBe('es');
  });

  it('follows the computer’s first language when nothing is remembered, as the app would', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-MX', 'en-US']);
    expect(firstPaint()).toBe(catalogs.es['app.opening']);
    localStorage.setItem(pageLanguageKey, 'en');
    document.documentElement.lang = 'en';
    expect(firstPaint()).toBe(catalogs.en['app.opening']);
    expect(document.documentElement.lang).toBe('en');
  });
});
