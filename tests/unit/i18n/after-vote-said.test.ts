import { describe, expect, it } from 'vitest';
import { reviewSuggestion } from '../../../src/shared/domain/annual-review/review-suggestion';
import { complaintResults } from '../../../src/shared/domain/tracking/complaint-results';
import { dueItems, type DueInput } from '../../../src/shared/domain/tracking/due-items';
import { goalStanding } from '../../../src/shared/domain/tracking/goal-standing';
import type { ComplaintRule } from '../../../src/shared/domain/tracking/log-fed-goals';
import { outageResults } from '../../../src/shared/domain/tracking/outage-results';
import { periodSaid } from '../../../src/shared/domain/tracking/period-words';
import { responseYearWords } from '../../../src/shared/domain/tracking/response-summary';
import { afterVoteMessages } from '../../../src/shared/i18n/messages/after-vote-messages';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { complaint, outage } from '../tracking/logs/log-test-data';

const spanish = (words: Said) => sayIn(words, 'es');

const approvedOn = '2027-11-18';
const today = '2028-02-03';

function monthly(number: number, on = today) {
  const standing = goalStanding({
    goal: { direction: 'at-most', target: 9, targetHigh: null, frequency: 'monthly' },
    actuals: [],
    approvedOn,
    today: on,
  });
  return { number, frequency: 'monthly' as const, standing };
}

function due(changes: Partial<DueInput>): string[] {
  return dueItems({
    goals: [],
    nextReviewOn: '2028-11-18',
    utility: { systemType: 'water', connections: 120, population: 300, board: [] },
    lastAskedOn: null,
    approvedOn,
    today,
    ...changes,
  }).map((item) => spanish(item.text));
}

describe('the year after the vote, in Spanish', () => {
  it('names the periods and the goals owed, one and many', () => {
    const lines = due({ goals: [monthly(2)] });
    expect(lines[0]).toBe(
      'Registre los resultados de noviembre de 2027, diciembre de 2027 y enero de 2028: meta 2.',
    );
    expect(lines).toContain(
      'Revise el acuerdo con los resultados del año: la revisión anual de la mesa directiva.',
    );
    expect(
      due({ goals: [monthly(1, '2027-12-05'), monthly(3, '2027-12-05')], today: '2027-12-05' })[0],
    ).toBe('Registre el resultado de noviembre de 2027: metas 1 y 3.');
  });

  it('says who asked customers last, and whose board term ends, with the dates in Spanish', () => {
    const lines = due({
      lastAskedOn: '2027-05-12',
      utility: {
        systemType: 'water',
        connections: 120,
        population: 300,
        board: [
          {
            id: 'a',
            name: 'Ana María Peña',
            office: 'member',
            termEnds: '2028-03-31',
            onPlanningTeam: false,
          },
          { id: 'b', name: '', office: 'member', termEnds: '2027-06-30', onPlanningTeam: false },
        ],
      },
    });
    expect(lines).toContain(
      'Vuelva a preguntar a los clientes: una encuesta cada 2 a 3 años (la última vez se les preguntó el 12 de mayo de 2027).',
    );
    expect(lines).toContain(
      'El período de Ana María Peña en la mesa directiva termina el 31 de marzo de 2028.',
    );
    expect(lines).toContain(
      'El período de un vocal en la mesa directiva terminó el 30 de junio de 2027.',
    );
  });

  it('says an outage and a complaint from the logs, the dates nested and in Spanish', () => {
    const reading = outageResults(
      [
        outage('o1', { startTime: '22:30', endDate: '2028-03-04', endTime: '02:00' }),
        outage('o2', { startDate: '2028-03-05', endDate: '2028-03-05' }),
      ],
      { log: 'outages', measure: 'restoration', perHour: 1 },
    );
    expect(reading.results.map((result) => spanish(result.what()))).toEqual([
      'Corte no programado del 3 de marzo de 2028, 22:30, al 4 de marzo de 2028, 02:00',
    ]);
    expect(reading.notCounted.map((left) => spanish(left.what()))).toEqual([
      'Corte no programado que empezó el 5 de marzo de 2028, con servicio el mismo día: el registro no tiene horas, así que no se sabe cuánto duró.',
    ]);

    const rule: ComplaintRule = {
      log: 'complaints',
      until: 'resolved',
      counting: 'working-days',
      perHour: 1,
      topics: null,
    };
    const row = complaint('2028-03-03T16:40');
    const [open] = complaintResults([row], rule).notCounted;
    expect(open && spanish(open.what())).toBe(
      `Queja recibida el 3 de marzo de 2028, 16:40 (fila ${row.row} de su archivo): todavía no se resuelve según el registro.`,
    );
  });

  it('counts a year of complaints and the results not measured, at 1 and at 2', () => {
    const year = { year: '2028', answered: 6, within: 5, percent: 83, median: 3, notCounted: 1 };
    expect(spanish(responseYearWords(year, 'working days', 'resolved'))).toBe(
      'En 2028: 5 de 6 resueltas dentro del objetivo (83%), mediana de 3 días hábiles; 1 más sin cifra.',
    );
    const atMost9 = { direction: 'at-most' as const, target: 9, targetHigh: null };
    expect(spanish(reviewSuggestion(atMost9, { values: [1], missingPeriods: 1 }).text)).toBe(
      'Se cumplió en cada resultado (1 período sin medir): manténgala.',
    );
    expect(spanish(reviewSuggestion(atMost9, { values: [1, 2], missingPeriods: 2 }).text)).toBe(
      'Se cumplió en cada resultado (2 períodos sin medir): manténgala.',
    );
    expect(spanish(reviewSuggestion(atMost9, { values: [12], missingPeriods: 0 }).text)).toBe(
      'No se cumplió en 1 de 1 resultado: ponga dinero en el presupuesto para cumplirla, o baje el objetivo dando una razón.',
    );
  });

  it('keeps each period’s English for an English reader', () => {
    expect(sayIn(periodSaid('quarter', '2027-Q4'), 'en')).toBe('October–December 2027');
    expect(sayIn(periodSaid('quarter', '2027-Q4'), 'es')).toBe('octubre–diciembre de 2027');
    expect(sayIn(periodSaid('week', '2027-03-07'), 'es')).toBe('la semana del 7 de marzo de 2027');
  });

  it('has no message left in English in Spanish', () => {
    const { en, es } = afterVoteMessages;
    const english = Object.entries(en).filter(
      ([key, text]) => es[key as keyof typeof es] === text && /[a-z]{3}/i.test(text),
    );
    expect(english).toEqual([]);
  });
});
