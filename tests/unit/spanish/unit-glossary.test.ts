import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../../src/main/goals/template-library';
import { amountWithUnit } from '../../../src/shared/domain/numbers/unit-words';
import { glossaryKnows, spanishUnitForms } from '../../../src/shared/domain/spanish/unit-glossary';

describe('the built-in glossary of units', () => {
  it('says every unit of the goal library in Spanish, so no library goal needs its unit typed', () => {
    const needsSpanish = templateLibrary()
      .filter((template) => !glossaryKnows(template.unit))
      .map((template) => `${template.id}: ${template.unit}`);
    expect(needsSpanish).toEqual([]);
  });

  it('translates the units and terms boards type, in the plural a unit is named in', () => {
    const cases: [string, string][] = [
      ['hours', 'horas'],
      ['working days', 'días hábiles'],
      ['business days', 'días hábiles'],
      ['months', 'meses'],
      ['gallons', 'galones'],
      ['customers', 'clientes'],
      ['main breaks', 'roturas de tubería principal'],
      ['per 1,000 connections', 'por cada 1,000 conexiones'],
      ['per 1,000 connections per year', 'por cada 1,000 conexiones al año'],
      ['per 100 miles of main', 'por cada 100 millas de tubería principal'],
      [
        'breaks per 100 miles of main per year',
        'roturas por cada 100 millas de tubería principal al año',
      ],
      [
        'main breaks per 100 miles per year',
        'roturas de tubería principal por cada 100 millas al año',
      ],
      ['each year', 'al año'],
      ['per year', 'al año'],
      ['notices per year', 'avisos al año'],
      ['hours of notice', 'horas de aviso'],
      ['violations per year', 'violaciones al año'],
      ['overflows per 100 miles per year', 'desbordamientos por cada 100 millas al año'],
      ['gallons per person per day', 'galones por persona al día'],
      ['kWh per million gallons', 'kWh por millón de galones'],
      ['gallons/day', 'galones al día'],
      ['yes/no', 'sí/no'],
      ['psi', 'psi'],
      ['%', '%'],
      ['Hours', 'Horas'],
    ];
    for (const [english, spanish] of cases) {
      expect(spanishUnitForms(english)?.other, english).toBe(spanish);
    }
  });

  it('makes the Spanish agree with the number, as the number helpers print it', () => {
    const cases: [number, string, string][] = [
      [1, 'working days', '1 día hábil'],
      [2, 'working days', '2 días hábiles'],
      [0, 'hours', '0 horas'],
      [1.5, 'hours', '1.5 horas'],
      [
        1,
        'main breaks per 100 miles per year',
        '1 rotura de tubería principal por cada 100 millas al año',
      ],
      [3, 'breaks per 100 miles per year', '3 roturas por cada 100 millas al año'],
      [2.5, 'per 1,000 connections per year', '2.5 por cada 1,000 conexiones al año'],
      [1, 'per 1 mile', '1 por cada 1 milla'],
      [1200, 'gallons', '1,200 galones'],
      [20, 'psi', '20 psi'],
      [95, '%', '95%'],
      [48, 'hours of notice', '48 horas de aviso'],
    ];
    for (const [value, unit, words] of cases) {
      expect(amountWithUnit(value, unit, 'es'), unit).toBe(words);
    }
  });

  it('does not guess at a unit it does not know in every part', () => {
    for (const unit of [
      'hydrant flushes',
      'hydrant flushes per year',
      'days without water',
      '% of production',
      'breaks per 100 furlongs',
      'hours of paperwork',
      'per',
    ]) {
      expect(spanishUnitForms(unit), unit).toBeNull();
      expect(glossaryKnows(unit), unit).toBe(false);
    }
    // Nothing typed needs no Spanish either.
    expect(glossaryKnows('')).toBe(true);
  });

  it('recognises a unit the board already typed in Spanish', () => {
    expect(amountWithUnit(1, 'días hábiles', 'es')).toBe('1 día hábil');
    expect(spanishUnitForms('horas')?.other).toBe('horas');
  });
});
