import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { approvalBlockers } from '../../../src/shared/domain/approval-rules/approval-blockers';
import {
  outcomeSummary,
  voteOutcome,
} from '../../../src/shared/domain/approval-rules/vote-outcome';
import { describeEvidence } from '../../../src/shared/domain/customers/describe-evidence';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { recommendMethods } from '../../../src/shared/domain/customers/recommend-methods';
import { emptyFeedbackPlan } from '../../../src/shared/domain/customers/feedback-plan';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import { emptyUtilityProfile, utilityGaps } from '../../../src/shared/domain/utility';
import { approvalRulesMessages } from '../../../src/shared/i18n/messages/approval-rules-messages';
import { evidenceMessages } from '../../../src/shared/i18n/messages/evidence-messages';
import { findingsMessages } from '../../../src/shared/i18n/messages/findings-messages';
import { utilityFactsMessages } from '../../../src/shared/i18n/messages/utility-facts-messages';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { boardOf, completeMeeting, meetingWith } from '../approval-rules/approval-fixtures';
import { cedarFlatsCustomers, makeComplaint } from '../customers/customer-fixtures';
import { makeExternalGoal, makeGoal, makeInput } from '../review/review-fixtures';
import { cedarFlatsScope, cedarFlatsUtility } from '../schemas/examples';

const spanish = (message: Said) => sayIn(message, 'es');

/** The Spanish of one rule's findings for `goals`, message then fix. */
function reviewedInSpanish(input: ReturnType<typeof makeInput>, rule: string): string[] {
  return reviewAgreement(input)
    .filter((finding) => finding.rule === rule)
    .flatMap((finding) => [spanish(finding.message), spanish(finding.fix)]);
}

describe('the review findings in Spanish', () => {
  it('counts goals and areas with Spanish plurals at 1 and at 2', () => {
    const one = reviewedInSpanish(makeInput([makeGoal('g1')]), 'count');
    expect(one[0]).toBe(
      'El acuerdo tiene 1 meta de 1 área. Un buen comienzo son de 10 a 12 metas sencillas de 3 o 4 áreas; agregue más en una revisión anual.',
    );
    const two = reviewedInSpanish(
      makeInput([makeGoal('g1'), makeGoal('g2', { area: 'customer-service' })]),
      'count',
    );
    expect(two[0]).toMatch(/^El acuerdo tiene 2 metas de 2 áreas\. /);
  });

  it('names the goal and lists what it lacks inside the sentence, in Spanish', () => {
    const goal = makeGoal('g1', { statement: 'Menos fugas', unit: '', target: null });
    const [message, fix] = reviewedInSpanish(makeInput([goal]), 'measurable');
    expect(message).toBe(
      'Meta 1 (“Menos fugas”) todavía no se puede medir: le falta la unidad y el número del objetivo.',
    );
    expect(fix).toBe(
      'Abra la meta y escriba su unidad (como horas, % o llamadas) y escriba el número del objetivo.',
    );
  });

  it('says a floor in Spanish hours from the unit glossary', () => {
    const notice = makeExternalGoal('notice', {
      statement: 'Aviso de hervir el agua',
      unit: 'hours',
      target: 36,
      floor: 'tier-1-notice',
    });
    const [message, fix] = reviewedInSpanish(makeInput([notice]), 'floor');
    expect(message).toContain('fija 36 horas, por encima del mínimo legal');
    expect(message).toContain('de 24 horas para el aviso público de nivel 1');
    expect(fix).toBe(
      'Fije el objetivo en como máximo 24 horas o, si la regla de su estado es distinta, cambie el mínimo en este paso.',
    );
  });

  it('counts the lift stations with and without backup power, at 1 and at 2', () => {
    const goal = makeExternalGoal('power', {
      statement: 'Generator exercised monthly at every lift station',
      needsAsset: 'backupPower',
      unit: 'tests',
      target: 12,
      direction: 'at-least',
    });
    const stations = (powered: number) => {
      const scope = cedarFlatsScope();
      return makeInput([goal], {
        utility: { ...cedarFlatsUtility(), systemType: 'wastewater' },
        scope: {
          ...scope,
          sewer: { ...scope.sewer, liftStations: 3, liftStationsWithBackupPower: powered },
        },
      });
    };
    const [oneMessage, oneFix] = reviewedInSpanish(stations(1), 'capability');
    expect(oneMessage).toContain('solo 1 de 3 estaciones de bombeo tiene energía de respaldo');
    expect(oneFix).toContain('generadores para las otras 2 estaciones de bombeo');
    const [twoMessage, twoFix] = reviewedInSpanish(stations(2), 'capability');
    expect(twoMessage).toContain('solo 2 de 3 estaciones de bombeo tienen energía de respaldo');
    expect(twoFix).toContain('generadores para la otra estación de bombeo');
  });
});

describe('approval in Spanish', () => {
  it('names who still needs a vote and asks for the resolution number', () => {
    const board = boardOf(3);
    board[2] = { ...board[2]!, name: '' };
    const meeting = completeMeeting({ votes: [], resolutionNumber: '' });
    const reasons = approvalBlockers({
      findings: [],
      meeting,
      outcome: voteOutcome(meeting, board),
      board,
    }).map(spanish);
    expect(reasons).toContain(
      'Anote el voto de Member 1, Member 2 y el miembro 3 de la mesa directiva: a favor, en contra, abstención o ausente.',
    );
    expect(reasons).toContain(
      'Escriba el número de resolución: los sistemas pequeños aprueban sus documentos por resolución numerada, como la Resolución Núm. 2026-3.',
    );
  });

  it('says the outcome with one abstention and with two', () => {
    const summary = (letters: string) => {
      const meeting = meetingWith(letters);
      const outcome = voteOutcome(meeting, boardOf(letters.length));
      return spanish(outcomeSummary(outcome, meeting.threshold));
    };
    expect(summary('yyyyna')).toBe('Aprobada 4–1, 1 abstención.');
    expect(summary('yyyynaa')).toBe('Aprobada 4–1, 2 abstenciones.');
    // The English sentence is the one stored with the approval, word for word as before.
    expect(voteOutcome(meetingWith('yyyyna'), boardOf(6)).summary).toBe(
      'Carried 4–1, 1 abstaining.',
    );
  });
});

describe('step 1 and step 4 in Spanish', () => {
  it('lists what step 1 still needs', () => {
    const gaps = utilityGaps(emptyUtilityProfile).map(spanish);
    expect(gaps[0]).toBe('Escriba el nombre del sistema.');
    expect(gaps).toContain('Agregue al operador.');
  });

  it('gives the reason for each way of asking, with the connections counted', () => {
    const profile = emptyFeedbackPlan.profile;
    const why = (connections: number) =>
      spanish(
        recommendMethods({ connections, profile }).find((m) => m.method === 'door-to-door')!.why,
      );
    expect(why(1)).toMatch(/^Con 1 conexión, los miembros/);
    expect(why(40)).toMatch(/^Con 40 conexiones, los miembros/);
  });

  it('describes evidence with Spanish topics, methods, dates and spans', () => {
    const rows = [
      makeComplaint('billing', '2025-02-03', '2025-02-03', '2025-02-04'),
      makeComplaint('billing', '2025-02-10', '2025-02-11', '2025-02-12'),
    ];
    const context = {
      records: cedarFlatsCustomers(),
      complaints: summarizeComplaints({ imports: [], rows }),
    };
    expect(spanish(describeEvidence({ kind: 'topic', topic: 'pressure' }, context))).toBe(
      '3 comentarios sobre la presión (1 fuerte), según las visitas de casa en casa y la reunión anual',
    );
    expect(spanish(describeEvidence({ kind: 'complaint-log' }, context))).toBe(
      'El registro de quejas: 2 quejas del 3 de febrero de 2025 al 10 de febrero de 2025; mediana de respuesta mismo día, el 90% en 1 día; mediana de solución 1 día, el 90% en 2 días',
    );
  });
});

/** The words of a message outside its placeholders: what a translator writes. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      }
      return '';
    })
    .join('');
}

// Words English and Spanish share.
const sameInBoth = new Set(['findings.areaName.social']);

describe('the Spanish catalog of these areas', () => {
  const areas = [findingsMessages, approvalRulesMessages, evidenceMessages, utilityFactsMessages];
  it('has Spanish of its own for every message with words', () => {
    for (const area of areas) {
      for (const [key, english] of Object.entries(area.en)) {
        const words = literalText(parse(english));
        if (!/\p{L}/u.test(words) || sameInBoth.has(key)) continue;
        const spanishText = (area.es as Record<string, string>)[key];
        expect(spanishText, key).not.toBe(english);
      }
    }
  });
});
