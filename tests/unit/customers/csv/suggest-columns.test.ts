import { describe, expect, it } from 'vitest';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';

describe('suggestColumns', () => {
  it('maps the usual English headers, whatever their order', () => {
    expect(
      suggestColumns([
        'Address',
        'Closed/Resolved',
        'Date Received',
        'Account',
        'Description',
        'Responded',
        'Type',
      ]),
    ).toEqual({
      received: 'Date Received',
      responded: 'Responded',
      resolved: 'Closed/Resolved',
      category: 'Type',
      description: 'Description',
      location: 'Address',
    });
  });

  it('maps Spanish headers, with or without accents', () => {
    expect(
      suggestColumns([
        'Fecha',
        'Categoría',
        'Descripción',
        'Direccion',
        'Fecha de respuesta',
        'Fecha de cierre',
      ]),
    ).toEqual({
      received: 'Fecha',
      responded: 'Fecha de respuesta',
      resolved: 'Fecha de cierre',
      category: 'Categoría',
      description: 'Descripción',
      location: 'Direccion',
    });
  });

  it('knows other common names', () => {
    expect(suggestColumns(['Opened', 'Closed', 'Comments', 'Location', 'Category'])).toEqual({
      received: 'Opened',
      responded: null,
      resolved: 'Closed',
      category: 'Category',
      description: 'Comments',
      location: 'Location',
    });
    expect(suggestColumns(['Received', 'Notes', 'Response Date']).responded).toBe('Response Date');
    expect(suggestColumns(['Received', 'Notes', 'Response Date']).received).toBe('Received');
  });

  it('prefers a header that is exactly a name over one that only contains it', () => {
    expect(suggestColumns(['Opened by', 'Received']).received).toBe('Received');
  });

  it('prefers a date column whose header says date over one naming who took the call', () => {
    expect(suggestColumns(['Received by', 'Date Received']).received).toBe('Date Received');
    expect(suggestColumns(['Closed by', 'Closed on (date)']).resolved).toBe('Closed on (date)');
  });

  it('uses each header once and leaves a column null when nothing fits', () => {
    expect(suggestColumns(['Date', 'Customer', 'Phone'])).toEqual({
      received: 'Date',
      responded: null,
      resolved: null,
      category: null,
      description: null,
      location: null,
    });
  });

  it('takes a free-text "Response" column for no date', () => {
    expect(suggestColumns(['Date', 'Response']).responded).toBeNull();
  });
});
