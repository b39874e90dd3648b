import { describe, expect, it } from 'vitest';
import { dayInWords, readTypedDate } from '../../../src/shared/domain/typed-date';
import { said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { sharedCatalogs } from '../../../src/shared/i18n/shared-catalog';

const label = said('validation.label.meeting.date');

function refusalIn(text: string, language: 'en' | 'es'): string {
  const reading = readTypedDate(text, label);
  if (reading.kind !== 'refused') throw new Error(`"${text}" was not refused`);
  return sayIn(reading.message, language);
}

describe('typed dates in Spanish', () => {
  it.each([
    '14 de enero de 2027',
    '14 ene. 2027',
    'enero 14, 2027',
    '14-ene-2027',
    '14 ENE 27',
    'jueves, 14 de enero de 2027',
    'Jueves 14 de enero de 2027',
  ])('reads %s as January 14, 2027 whatever the screen', (text) => {
    expect(readTypedDate(text, label)).toEqual({ kind: 'date', value: '2027-01-14' });
  });

  it('reads Spanish month names with or without their accents, and "mar" as March', () => {
    expect(readTypedDate('3 de mar de 2027', label).kind).toBe('date');
    expect(readTypedDate('3 de mar de 2027', label)).toEqual({ kind: 'date', value: '2027-03-03' });
    expect(readTypedDate('1 de agosto de 2027', label)).toEqual({
      kind: 'date',
      value: '2027-08-01',
    });
    expect(readTypedDate('sábado, 16 de enero de 2027', label)).toEqual({
      kind: 'date',
      value: '2027-01-16',
    });
    expect(readTypedDate('sabado 16 de enero de 2027', label)).toEqual({
      kind: 'date',
      value: '2027-01-16',
    });
    expect(readTypedDate('31 de diciembre de 2027', label)).toEqual({
      kind: 'date',
      value: '2027-12-31',
    });
  });

  it('refuses a Spanish day of the week that does not match, in Spanish', () => {
    expect(refusalIn('viernes, 14 de enero de 2027', 'es')).toBe(
      'Fecha de la reunión: el 14 de enero de 2027 es jueves, no viernes. Revise la fecha, o quite el día de la semana, como 14 de enero de 2027.',
    );
  });

  it('says why a date is refused in the screen’s language, with examples in it', () => {
    expect(refusalIn('30 de febrero de 2027', 'es')).toBe(
      'Fecha de la reunión: febrero de 2027 tiene 28 días, así que “30 de febrero de 2027” no es una fecha. Escriba un día que exista, como 28 de febrero de 2027.',
    );
    expect(refusalIn('enero de 2027', 'es')).toBe(
      'Fecha de la reunión: agregue el día, como 14 de enero de 2027.',
    );
    expect(refusalIn('14/01/2027', 'es')).toBe(
      'Fecha de la reunión: “14/01/2027” tiene primero el día. Escríbala como 1/14/2027 (primero el mes) o 2027-01-14.',
    );
    expect(refusalIn('Febrary 3 2027', 'es')).toBe(
      'Fecha de la reunión: “Febrary” no es un mes ni un día de la semana. Escríbala como 14 de enero de 2027 o 1/14/2027.',
    );
    // The same refusal on an English screen keeps its words exactly.
    expect(refusalIn('2027-02-30', 'en')).toBe(
      'Meeting date: February 2027 has 28 days, so “2027-02-30” is not a date. Write a real day, such as 2027-02-28.',
    );
  });

  it('takes the screen’s own text as the label', () => {
    const reading = readTypedDate('1/14', 'Fecha del corte');
    expect(reading.kind === 'refused' && sayIn(reading.message, 'es')).toBe(
      'Fecha del corte: agregue el año, como 1/14/2027.',
    );
  });
});

describe('the day in words', () => {
  it('says the day of the week and the date in the screen’s language', () => {
    expect(dayInWords('2027-01-14', 'en')).toBe('Thursday, January 14, 2027');
    expect(dayInWords('2027-01-14', 'es')).toBe('jueves, 14 de enero de 2027');
    expect(dayInWords('2028-02-29', 'es')).toBe('martes, 29 de febrero de 2028');
    expect(dayInWords('not a date', 'es')).toBe('not a date');
  });

  it('reads back what it shows, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const shown = dayInWords('2027-09-05', language);
      expect(readTypedDate(shown, label)).toEqual({ kind: 'date', value: '2027-09-05' });
    }
  });
});

describe('the dates area', () => {
  it('has a Spanish message for each English one, never the English words', () => {
    const keys = Object.keys(sharedCatalogs.en).filter((key) => key.startsWith('dates.'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      if (key === 'dates.refused') continue; // only placeholders
      const typed = key as keyof typeof sharedCatalogs.en;
      expect(sharedCatalogs.es[typed]).not.toBe(sharedCatalogs.en[typed]);
    }
  });
});
