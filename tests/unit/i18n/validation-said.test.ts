import { describe, expect, it } from 'vitest';
import { decisionProblem } from '../../../src/shared/domain/annual-review/decision-problem';
import { feedbackPlanSchema } from '../../../src/shared/domain/customers/feedback-plan';
import { blankGoalFields, goalFieldLabels } from '../../../src/shared/domain/goal';
import { goalInputFieldsSchema } from '../../../src/shared/domain/goal-input';
import { outageFieldProblems } from '../../../src/shared/domain/tracking/outage-entry';
import { floorLabel, areaReasonLabel } from '../../../src/shared/domain/review-settings';
import { sewerSystemSchema, emptySewerSystem } from '../../../src/shared/domain/sewer-system';
import { utilityProfileSchema, emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { refusal, refusalIn } from '../../../src/main/messages/refusal';
import { issueSaid } from '../../../src/shared/i18n/issue-said';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { sharedCatalogs } from '../../../src/shared/i18n/shared-catalog';

/** Every issue of a refused value, said in `language`. */
function issuesIn(
  schema: {
    safeParse: (value: unknown) => { error?: { issues: { message: string; params?: unknown }[] } };
  },
  value: unknown,
  language: 'en' | 'es',
): string[] {
  const issues = schema.safeParse(value).error?.issues ?? [];
  return issues.map((issue) => {
    const message = issueSaid(issue);
    if (!message) throw new Error(`zod's own English reached a reader: ${issue.message}`);
    return sayIn(message, language);
  });
}

describe('the shared schemas’ messages in Spanish', () => {
  it('name the field in Spanish inside the sentence (a nested label)', () => {
    const profile = { ...emptyUtilityProfile, connections: 12.5, population: -4 };
    expect(issuesIn(utilityProfileSchema, profile, 'es')).toEqual([
      'Conexiones: debe ser un número entero, como 250.',
      'Población servida: no puede ser un número negativo.',
    ]);
    expect(issuesIn(utilityProfileSchema, profile, 'en')).toEqual([
      'Connections must be a whole number, such as 250.',
      'Population served cannot be negative.',
    ]);
  });

  it('carry a custom check’s figures', () => {
    const sewer = { ...emptySewerSystem, liftStations: 2, liftStationsWithBackupPower: 3 };
    expect(issuesIn(sewerSystemSchema, sewer, 'es')).toEqual([
      'Las estaciones de bombeo con energía de respaldo (3) no pueden ser más que las estaciones de bombeo (2).',
    ]);
  });

  it('say a share over 100% and a chosen method in Spanish', () => {
    const goal = { ...blankGoalFields('internal'), unit: '%', target: 180 };
    expect(issuesIn(goalInputFieldsSchema, goal, 'es')).toEqual([
      'Objetivo: es un porcentaje, así que no puede pasar de 100%; escriba un número del 0 al 100.',
    ]);
    const plan = {
      profile: {
        usesInternet: null,
        usesSocialMedia: null,
        holdsAnnualMeeting: null,
        keepsComplaintLog: null,
      },
      methods: [
        { method: 'door-to-door', plannedOn: '', notes: '' },
        { method: 'door-to-door', plannedOn: '', notes: '' },
      ],
    };
    expect(issuesIn(feedbackPlanSchema, plan, 'es')).toEqual([
      'Casa por casa está planeado dos veces; deje uno.',
    ]);
    expect(issuesIn(feedbackPlanSchema, plan, 'en')).toEqual([
      'Door to door is planned twice; keep one.',
    ]);
  });

  it('a record check in shared code gives a Said, said in either language', () => {
    const problem = decisionProblem(
      { direction: 'at-most', target: 9 },
      { choice: 'drop', newTarget: null, reason: ' ' },
    );
    expect(problem?.field).toBe('reason');
    expect(sayIn(problem?.message as Said, 'es')).toBe(
      'Motivo: diga por qué la mesa directiva quita esta meta; la mesa directiva lo lee en el borrador de la próxima revisión.',
    );
    const outage = {
      id: 'o1',
      startDate: '2028-01-14',
      startTime: null,
      endDate: '',
      endTime: '09:00',
      planned: true,
      noticeHours: null,
      customersAffected: null,
      note: '',
      recordedAt: '',
    };
    const { endTime } = outageFieldProblems(outage);
    expect(typeof endTime === 'object' && sayIn(endTime, 'es')).toBe(
      'Hora en que volvió el servicio: dé también la fecha en que volvió; una hora necesita su fecha.',
    );
  });

  it('writes a limit with the reader’s number form', () => {
    expect(sayIn({ key: 'validation.tracking.maxOutages', values: { max: 10_000 } }, 'en')).toBe(
      'A utility can keep at most 10,000 outages.',
    );
    expect(sayIn({ key: 'validation.tracking.maxOutages', values: { max: 10_000 } }, 'es')).toBe(
      'Un sistema puede guardar como máximo 10,000 cortes.',
    );
  });
});

describe('main’s refusals', () => {
  it('count what else was refused, at 1 and at 2, in both languages', () => {
    const problem = { key: 'validation.outage.endBeforeStart' } as const;
    const refused = (more: number) => refusal('refusals.nothingSaved', { problem, more });
    expect(refusalIn(refused(0), 'en')).toBe(
      'Nothing was saved. Date service came back is before the date it began: check both.',
    );
    expect(refusalIn(refused(1), 'en')).toMatch(/check both\. \(and 1 more\)$/);
    expect(refusalIn(refused(2), 'es')).toBe(
      'No se guardó nada. La fecha en que volvió el servicio es anterior a la fecha en que empezó: revise las dos. (y 2 más)',
    );
    expect(refusalIn(refused(1), 'es')).toMatch(/revise las dos\. \(y 1 más\)$/);
  });
});

describe('one home for each field’s name', () => {
  it('the English label records read the catalog', () => {
    expect(goalFieldLabels.statement).toBe('Goal');
    expect(floorLabel('minimum-pressure')).toBe('Minimum water pressure (psi)');
    expect(areaReasonLabel('water-efficiency')).toBe(
      'Why there is no Water Efficiency / Conservation goal',
    );
  });

  it('no validation message stays English in Spanish', () => {
    const keys = Object.keys(sharedCatalogs.en).filter((key) => key.startsWith('validation.'));
    const placeholdersOnly = /^(\{[^}]*\}\s*)+$/;
    // Words the same in both languages: a label that is a proper noun or a unit.
    const same = new Set(['validation.label.actual.period']);
    for (const key of keys) {
      const typed = key as keyof typeof sharedCatalogs.en;
      if (placeholdersOnly.test(sharedCatalogs.en[typed]) || same.has(key)) continue;
      expect(sharedCatalogs.es[typed], key).not.toBe(sharedCatalogs.en[typed]);
    }
  });
});
