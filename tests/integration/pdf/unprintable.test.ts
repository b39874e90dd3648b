import { describe, expect, it } from 'vitest';
import { findUnprintable } from '../../../src/main/pdf/unprintable';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { pdfContent, pdfMeeting } from '../../fixtures/pdf/pdf-inputs';

describe('findUnprintable (against the embedded Roboto)', () => {
  it('passes accented Latin text, dashes and curly quotes', () => {
    expect(
      findUnprintable([{ field: 'Mission statement', text: 'Peña, Año, café — “¿qué?” 2–3 ½ ÷' }]),
    ).toEqual([]);
  });

  it('names each field with the characters it cannot print, once each', () => {
    const found = findUnprintable([
      { field: 'Goal 1, Goal', text: 'Water 漢字 for all 漢' },
      { field: 'Goal 2, Goal', text: 'Shalom שלום' },
      { field: 'Goal 3, Cost note', text: 'Cheap 😀' },
      { field: 'Goal 4, Goal', text: 'Plain' },
    ]);
    expect(found).toEqual([
      { field: 'Goal 1, Goal', characters: '漢字' },
      { field: 'Goal 2, Goal', characters: 'שלום' },
      { field: 'Goal 3, Cost note', characters: '😀' },
    ]);
  });

  it('treats right-to-left scripts as unprintable: pdfmake lays text out left to right only', () => {
    expect(findUnprintable([{ field: 'Place', text: 'مرحبا' }])).toEqual([
      { field: 'Place', characters: 'مرحب' + 'ا' },
    ]);
  });

  it('finds nothing in the prepared agreement, and finds a character typed into it', () => {
    expect(findUnprintable(printableFieldsOf(pdfContent, pdfMeeting))).toEqual([]);
    const meeting = { ...pdfMeeting, minutesExcerpt: `${pdfMeeting.minutesExcerpt} 👍` };
    expect(findUnprintable(printableFieldsOf(pdfContent, meeting))).toEqual([
      { field: 'Minutes excerpt', characters: '👍' },
    ]);
  });
});
