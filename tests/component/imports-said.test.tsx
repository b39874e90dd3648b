import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutagesImportPreview } from '../../src/renderer/src/features/outages/OutagesImportPreview';
import { readCsvTable } from '../../src/shared/domain/csv/read-csv-table';
import { previewOutages } from '../../src/shared/domain/tracking/outage-csv/preview-outages';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';

/** A clerk's outage sheet: one time without its date, one date that reads either way. */
const sheet = 'Fecha,Hora,Programado\n,9:30,sí\n04/02/2028,10:00,no\n';

function showPreview(language: 'en' | 'es') {
  const preview = previewOutages({
    table: readCsvTable(sheet, 'outages'),
    mapping: null,
    recorded: [],
  });
  const nothing = () => undefined;
  renderWithApi(
    <OutagesImportPreview
      preview={preview}
      checking={false}
      importing={false}
      onImport={nothing}
      onCancel={nothing}
    />,
    createTestApi().api,
    language,
  );
}

describe('an import preview’s problems in the screen’s language', () => {
  it('lists the rows’ problems and how a date was read in Spanish', async () => {
    showPreview('es');
    const problems = await screen.findByRole('list', { name: 'Problemas en el archivo' });
    expect(problems.textContent).toBe(
      "Fila 2, Hora en que empezó: '9:30' es una hora sin fecha; escriba también la fecha en que empezó.",
    );
    expect(
      screen.getByText(
        /“04\/02\/2028” se leyó como domingo, 2 de abril de 2028 \(con el mes primero\)\./,
      ),
    ).toBeTruthy();
  });

  it('says the same in English, word for word as before', async () => {
    showPreview('en');
    const problems = await screen.findByRole('list', { name: 'Problems in the file' });
    expect(problems.textContent).toBe(
      "Row 2, Time it began: '9:30' is a time without a date; write the date it began too.",
    );
    expect(
      screen.getByText(/“04\/02\/2028” was read month first: Sunday, April 2, 2028\./),
    ).toBeTruthy();
  });
});
