import { describe, expect, it } from 'vitest';
import { suggestColumns } from '../../../../src/shared/domain/customers/csv/suggest-columns';

/** No separate time columns: what a file whose dates hold their own times is suggested. */
const noTimes = { receivedTime: null, respondedTime: null, resolvedTime: null };

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
      ...noTimes,
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
      ...noTimes,
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
      ...noTimes,
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
      ...noTimes,
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

  it('offers a column of times right after a date as its time, AM/PM or 24-hour', () => {
    const headers = ['Date', 'Time', 'Type', 'Notes', 'Closed', 'Closed at'];
    const records = [
      ['3/2/2026', '8:15 AM', 'Pressure', 'Low', '3/3/2026', '16:00'],
      ['3/4/2026', '1:05 PM', 'Billing', 'High', '', ''],
      ['', '', '', '', '', ''],
      ['3/5/2026', '12:40 pm', 'Leak', 'Meter', '3/5/2026', '9:30'],
    ];
    expect(suggestColumns(headers, records)).toEqual({
      received: 'Date',
      receivedTime: 'Time',
      responded: null,
      respondedTime: null,
      resolved: 'Closed',
      resolvedTime: 'Closed at',
      category: 'Type',
      description: 'Notes',
      location: null,
    });
  });

  it('matches time columns by name when each date has one, in English and Spanish', () => {
    const headers = ['Fecha de recepción', 'Hora de recepción', 'Respondido', 'Hora de respuesta'];
    const records = [['14/03/2026', '08:15', '14/03/2026', '10:00']];
    expect(suggestColumns(headers, records)).toMatchObject({
      received: 'Fecha de recepción',
      receivedTime: 'Hora de recepción',
      responded: 'Respondido',
      respondedTime: 'Hora de respuesta',
    });
    const english = ['Time Received', 'Date Received', 'Date Resolved', 'Time Resolved'];
    expect(suggestColumns(english, [['9:00 AM', '3/2/2026', '3/4/2026', '4:30 PM']])).toMatchObject(
      {
        received: 'Date Received',
        receivedTime: 'Time Received',
        resolved: 'Date Resolved',
        resolvedTime: 'Time Resolved',
      },
    );
  });

  it('offers no time column for a column that holds anything but times', () => {
    // A ticket number is not 10:01, and a date and time is a date column.
    const headers = ['Date', 'Ticket', 'Response Time', 'Description'];
    const records = [
      ['3/2/2026', '1001', '3/2/2026 10:30 AM', 'Low pressure'],
      ['3/3/2026', '1002', '3/3/2026 9:00 AM', 'Leak'],
    ];
    expect(suggestColumns(headers, records)).toEqual({
      ...noTimes,
      received: 'Date',
      responded: 'Response Time',
      resolved: null,
      category: null,
      description: 'Description',
      location: null,
    });
    // A generic "Time" column not right after its date is left for the user to choose.
    expect(suggestColumns(['Date', 'Notes', 'Time'], [['3/2/2026', 'Low', '8:15']])).toMatchObject(
      noTimes,
    );
  });
});
