import { describe, expect, it } from 'vitest';
import { amountWithUnit } from '../../../src/shared/domain/numbers/unit-words';
import { spanishSingular } from '../../../src/shared/domain/spanish/spanish-singular';

describe('a unit the board wrote in Spanish, after the number 1', () => {
  it.each([
    ['roturas por cada 100 millas', 'rotura por cada 100 millas'],
    ['interrupciones del servicio', 'interrupción del servicio'],
    ['quejas al año', 'queja al año'],
    ['cortes de agua', 'corte de agua'],
    ['galones', 'galón'],
    ['ciudades', 'ciudad'],
    ['planes de trabajo', 'plan de trabajo'],
    ['meses', 'mes'],
    ['veces al año', 'vez al año'],
    ['Clientes', 'Cliente'],
  ])('%s becomes %s', (plural, singular) => {
    expect(spanishSingular(plural)).toBe(singular);
  });

  it.each(['análisis', 'virus', 'kWh/MG', 'm3', 'psi'])('leaves %s as written', (unit) => {
    expect(spanishSingular(unit)).toBe(unit);
  });

  it('agrees on a Spanish paper, and keeps the plural for any other number', () => {
    expect(amountWithUnit(1, 'roturas por cada 100 millas', 'es')).toBe(
      '1 rotura por cada 100 millas',
    );
    expect(amountWithUnit(2, 'roturas por cada 100 millas', 'es')).toBe(
      '2 roturas por cada 100 millas',
    );
    expect(amountWithUnit(0, 'conexiones', 'es')).toBe('0 conexiones');
    expect(amountWithUnit(1.5, 'conexiones', 'es')).toBe('1.5 conexiones');
  });
});
