import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpApi } from '../../src/renderer/src/api/http-api';
import { smallScreenQuery } from '../../src/renderer/src/app/use-small-screen';
import { Wizard } from '../../src/renderer/src/app/Wizard';
import { AgreementProvider } from '../../src/renderer/src/form-kit/agreement-context';
import { CenteredMessage } from '../../src/renderer/src/form-kit/CenteredMessage';
import { ConflictMark } from '../../src/renderer/src/form-kit/ConflictMark';
import { CsvFileChooser } from '../../src/renderer/src/form-kit/CsvFileChooser';
import { DateField } from '../../src/renderer/src/form-kit/DateField';
import { EvidenceLines } from '../../src/renderer/src/form-kit/EvidenceLines';
import { FileProblems } from '../../src/renderer/src/form-kit/FileProblems';
import { HeaderSelect } from '../../src/renderer/src/form-kit/HeaderSelect';
import { ImportButtons } from '../../src/renderer/src/form-kit/ImportButtons';
import { MappingProblems } from '../../src/renderer/src/form-kit/MappingProblems';
import { RowFieldset } from '../../src/renderer/src/form-kit/RowFieldset';
import { StepLayout } from '../../src/renderer/src/form-kit/StepLayout';
import type { RowProblem } from '../../src/shared/domain/customers/csv/complaint-preview';
import { fakeMediaQueryList } from './support/media-query';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { inPseudoLocale, onSampleToday, pseudo } from './support/words-set-up';
import { said } from '../../src/shared/i18n/said';

/** A window that answers the small-screen query as `small` (jsdom has no layout of its own). */
function windowIsSmall(small: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    fakeMediaQueryList(query, small && query === smallScreenQuery),
  );
}

/** The frame's parts: the header, the row or menu of steps, Back and Next. */
function frameParts(): HTMLElement[] {
  return [...screen.getAllByRole('banner'), screen.getByRole('contentinfo')];
}

// The brand and the utility's name as typed: never translated.
const names = ['LOS Builder', 'Cedar Flats Water'];

const problem = (row: number): RowProblem => ({
  row,
  column: 'Date',
  message: said('imports.row', { row, detail: said('imports.outages.startEmpty') }),
});

/** Every shared form piece a step or an import draws, in one place. */
function FormPieces({ problems }: { problems: number }) {
  return (
    <>
      <CenteredMessage title="Typed title" onRetry={() => undefined} />
      <CsvFileChooser
        inputLabel="Typed input label"
        chooseText="Typed choose"
        fileName="complaints.csv"
        busy="previewing"
        onChoose={() => undefined}
      />
      <HeaderSelect
        label="Typed label"
        description="Typed description"
        headers={['When']}
        chosen={null}
        disabled={false}
        onChange={() => undefined}
      />
      <MappingProblems
        problems={[said('imports.missingColumn', { label: 'Typed problem', header: 'When' })]}
      />
      <FileProblems problems={[problem(2)]} problemCount={problems} />
      <ImportButtons
        label="Typed import"
        ready
        checking={false}
        importing={false}
        onImport={() => undefined}
        onCancel={() => undefined}
      />
      <RowFieldset legend="Typed legend" onRemove={() => undefined}>
        <DateField label="Typed date" value="2027-01-14" onChange={() => undefined} />
      </RowFieldset>
      <EvidenceLines lines={[]} />
      <EvidenceLines lines={[said('evidence.line.quote', { words: 'Typed line' })]} />
      <p>
        <ConflictMark theirs="Pine Flats" onChoose={() => undefined} />
      </p>
    </>
  );
}

// What the tests above pass in as the caller's own words, or data: never from the catalog.
const typedByCaller = [
  'Typed title',
  'Typed input label',
  'Typed choose',
  'complaints.csv',
  'Typed label',
  'Typed description',
  'When',
  'Typed problem',
  'Typed import',
  'Typed legend',
  'Typed date',
  'Typed line',
  'Pine Flats',
  '2027-01-14',
  // The date field's understood day: the shared dates module's words, not this frame's.
  'Thursday, January 14, 2027',
];

const stepHelp = { who: 'Typed who', points: [{ heading: 'Typed heading', text: 'Typed text' }] };
const progress = { status: { kind: 'saved' } as const, retry: () => undefined, gaps: [] };

describe('the frame and the shared form pieces speak only from the catalog', () => {
  onSampleToday();
  inPseudoLocale();
  afterEach(() => vi.restoreAllMocks());

  it('leaves no plain text in the header, the row of steps and Back and Next', async () => {
    windowIsSmall(false);
    const backend = createTestApi((workbook) => {
      workbook.utility.value.name = 'Cedar Flats Water';
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: pseudo('Review') });
    expect(screen.getByText(pseudo('Step 6'))).toBeTruthy();
    for (const part of frameParts()) expect(plainTextLeft(part, names)).toEqual([]);
    // The row of steps, found by its name from the catalog.
    const nav = screen.getByRole('navigation', { name: pseudo('Wizard steps') });
    expect(plainTextLeft(nav)).toEqual([]);
  });

  it('leaves no plain text in the small window’s menu and list of steps', async () => {
    windowIsSmall(true);
    const user = userEvent.setup();
    const backend = createTestApi((workbook) => {
      workbook.utility.value.name = '';
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api);
    await screen.findByRole('heading', { level: 2, name: pseudo('Review') });
    const nav = screen.getByRole('navigation', { name: pseudo('Wizard steps') });
    expect(plainTextLeft(nav)).toEqual([]);
    await user.click(within(nav).getByRole('button'));
    const menu = await screen.findByRole('dialog');
    expect(plainTextLeft(menu)).toEqual([]);
    for (const part of frameParts()) expect(plainTextLeft(part, names)).toEqual([]);
  });

  it('leaves no plain text around a frozen step: its title, save state, gaps, help', async () => {
    const backend = createTestApi();
    const shell = {
      agreement: { revision: 2, status: 'approved' as const },
      frozen: true,
      startNewRevision: () => Promise.resolve(),
      onAgreementChanged: () => undefined,
    };
    const { container } = renderWithApi(
      <AgreementProvider value={shell}>
        <StepLayout
          step="scope"
          intro="Typed intro"
          progress={progress}
          onReload={() => undefined}
          help={stepHelp}
          focusOnShow={false}
        >
          <p>Typed field</p>
        </StepLayout>
      </AgreementProvider>,
      backend.api,
    );
    const banner = await screen.findByRole('region', {
      name: pseudo('Revision 2 is approved and frozen'),
    });
    expect(
      within(banner).getByRole('button', { name: pseudo('Start a new revision') }),
    ).toBeTruthy();
    const typed = ['Typed intro', 'Typed field', 'Typed who', 'Typed heading', 'Typed text'];
    expect(plainTextLeft(container, typed)).toEqual([]);
  });

  it('leaves no plain text in the shared form and import pieces', () => {
    const backend = createTestApi();
    const { container } = renderWithApi(<FormPieces problems={3} />, backend.api);
    expect(screen.getByText(pseudo('…and 2 more problems.'))).toBeTruthy();
    expect(plainTextLeft(container, typedByCaller)).toEqual([]);
  });

  it('says the service is down in the page’s language', async () => {
    const dead = createHttpApi('tok', () => Promise.reject(new TypeError('Failed to fetch')));
    const answer = await dead['app:status']();
    expect(answer.ok ? '' : answer.error.message).toBe(
      pseudo(
        'LOS Builder\'s background service is not answering. Check that "npm run serve" is still running, then press Retry.',
      ),
    );
  });
});

describe('the frame in Spanish', () => {
  onSampleToday();
  afterEach(() => vi.restoreAllMocks());

  it('names the utility, the revision and the step in Spanish on a small window', async () => {
    windowIsSmall(true);
    const backend = createTestApi((workbook) => {
      workbook.utility.value.name = 'Cedar Flats Water';
      workbook.wizard = { currentStep: 'review' };
    });
    renderWithApi(<Wizard />, backend.api, 'es');
    await screen.findByRole('heading', { level: 2, name: 'Revisión' });
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Sistema: Cedar Flats Water');
    expect(banner.textContent).toContain('Revisión 1 · borrador');
    expect(screen.getByRole('button', { name: 'Paso 6 de 8 ▾' })).toBeTruthy();
    expect(screen.getByText('Paso 6')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Siguiente: Aprobación de la mesa directiva' }),
    ).toBeTruthy();
  });

  it('says the service is down in Spanish once the page is in Spanish', async () => {
    document.documentElement.lang = 'es';
    const dead = createHttpApi('tok', () => Promise.reject(new TypeError('Failed to fetch')));
    const answer = await dead['app:status']();
    document.documentElement.lang = 'en';
    expect(answer.ok ? '' : answer.error.message).toBe(
      'El servicio de fondo de LOS Builder no responde. Revise que "npm run serve" siga funcionando y luego presione Intentar de nuevo.',
    );
  });

  it('counts the problems in a file in Spanish: 1, 2 and 3', () => {
    const backend = createTestApi();
    const one = renderWithApi(
      <FileProblems problems={[problem(2)]} problemCount={1} />,
      backend.api,
      'es',
    );
    expect(
      within(one.container).getByText(
        '1 problema: no se puede importar nada hasta que se corrija el archivo',
      ),
    ).toBeTruthy();
    one.unmount();

    const three = renderWithApi(
      <FileProblems problems={[problem(2)]} problemCount={3} />,
      backend.api,
      'es',
    );
    expect(
      within(three.container).getByText(
        '3 problemas: no se puede importar nada hasta que se corrija el archivo',
      ),
    ).toBeTruthy();
    expect(within(three.container).getByText('…y 2 problemas más.')).toBeTruthy();
    three.unmount();

    const two = renderWithApi(
      <FileProblems problems={[problem(2)]} problemCount={2} />,
      backend.api,
      'es',
    );
    expect(within(two.container).getByText('…y 1 problema más.')).toBeTruthy();
  });

  it('shows the day a date field understood in Spanish', async () => {
    const backend = createTestApi();
    renderWithApi(
      <DateField label="Fecha" value="2027-01-14" onChange={() => undefined} />,
      backend.api,
      'es',
    );
    const field = screen.getByRole('textbox', { name: 'Fecha' });
    expect(field.getAttribute('placeholder')).toBe('Mes/día/año');
    await waitFor(() => expect(screen.getByText('jueves, 14 de enero de 2027')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Elegir Fecha en un calendario' })).toBeTruthy();
  });
});
