import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { customerFeedbackContentOf } from '../../../src/shared/domain/customers/customer-feedback-content-of';
import {
  emptyCustomerRecords,
  type CustomerRecords,
} from '../../../src/shared/domain/customers/customer-records';
import { describeEvidence } from '../../../src/shared/domain/customers/describe-evidence';
import type { EvidenceLink } from '../../../src/shared/domain/customers/evidence';
import { evidenceLines } from '../../../src/shared/domain/customers/evidence-lines';
import { feedbackTopics } from '../../../src/shared/domain/customers/feedback-entry';
import { feedbackMethods } from '../../../src/shared/domain/customers/feedback-plan';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { goalsWithEvidence, hasEvidence } from '../../../src/shared/domain/customers/has-evidence';
import { tallyFeedback } from '../../../src/shared/domain/customers/tally-feedback';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import { validEntryFields, validOutreachFields } from '../schemas/customer-arbitraries';
import { makeEntry, makeOutreach } from './customer-fixtures';
import {
  oracleDescribe,
  oracleEntriesFrom,
  oracleEvidenceLines,
  oracleHasEvidence,
  oracleTally,
} from './lookup-oracle';
import { sayIn } from '../../../src/shared/i18n/say-in';

// Few ids, so that generated records often hold two entries or outreaches under one id, links
// to comments that are gone, cards from outreaches that are gone, and goals with no links.
const entryId = fc.constantFrom('e1', 'e2', 'e3', 'e4');
const outreachId = fc.constantFrom('o1', 'o2', 'o3');
const goalIds = ['g1', 'g2', 'g3'];
const topic = fc.constantFrom(...feedbackTopics.slice(0, 4));

const records: fc.Arbitrary<CustomerRecords> = fc
  .record({
    outreaches: fc.array(
      fc.record({ fields: validOutreachFields, id: outreachId }).map(({ fields, id }) => ({
        ...fields,
        id,
        rev: 0,
      })),
      { maxLength: 5 },
    ),
    entries: fc.array(
      fc
        .record({ fields: validEntryFields, id: entryId, outreachId, topic })
        .map(({ fields, ...ids }) => ({ ...fields, ...ids, rev: 0 })),
      { maxLength: 12 },
    ),
    evidence: fc.array(
      fc.record({
        goalId: fc.constantFrom(...goalIds),
        ref: fc.oneof(
          fc.record({ kind: fc.constant('entry' as const), entryId }),
          fc.record({ kind: fc.constant('topic' as const), topic }),
          fc.record({ kind: fc.constant('complaints' as const), topic }),
        ),
      }),
      { maxLength: 8 },
    ),
  })
  .map((parts) => ({ ...emptyCustomerRecords(), ...parts }));

const goals: Goal[] = goalIds.map((id, index) => ({
  ...blankGoalFields(index === 1 ? 'internal' : 'external'),
  id,
  rev: 0,
}));

describe('the one-pass customer figures give what the searches gave', () => {
  test.prop([records])('every evidence line, in link order', (customers) => {
    const context = { records: customers, complaints: emptyComplaintSummary };
    for (const goalId of goalIds) {
      expect(evidenceLines(goalId, context).map((line) => sayIn(line, 'en'))).toEqual(
        oracleEvidenceLines(goalId, context),
      );
    }
    for (const { ref } of customers.evidence) {
      expect(sayIn(describeEvidence(ref, context), 'en')).toBe(oracleDescribe(ref, context));
    }
  });

  test.prop([records])('which goals have evidence', (customers) => {
    const evidenced = goalsWithEvidence(customers);
    for (const goalId of goalIds) {
      expect(hasEvidence(goalId, customers)).toBe(oracleHasEvidence(goalId, customers));
      expect(evidenced.has(goalId)).toBe(oracleHasEvidence(goalId, customers));
    }
  });

  test.prop([records])('the tallies', (customers) => {
    const tally = tallyFeedback(customers);
    const oracle = oracleTally(customers.outreaches, customers.entries);
    expect(tally.entries).toBe(oracle.entries);
    expect(tally.byTopic).toEqual(oracle.byTopic);
    const methodEntries = feedbackMethods.map(
      (method) => tally.byMethod.find((row) => row.method === method)?.entries ?? 0,
    );
    expect(methodEntries).toEqual(oracle.methodEntries);
    expect(tally.satisfaction.shareSatisfied).toBe(oracle.satisfied);
    expect(tally.pay.shareWilling).toBe(oracle.willing);
    expect([
      tally.outage.medianHours,
      tally.notice.medianDays,
      tally.cleanup.medianHours,
      tally.overflowNotice.medianHours,
    ]).toEqual(oracle.medians);
  });

  test.prop([records])('the agreement’s customer section', (customers) => {
    const context = { records: customers, complaints: emptyComplaintSummary };
    const content = customerFeedbackContentOf({ ...context, goals });
    expect(content.outreaches.map((row) => row.entries)).toEqual(
      customers.outreaches.map((outreach) => oracleEntriesFrom(outreach, customers)),
    );
    expect(content.evidence.map(({ goalId, lines }) => ({ goalId, lines }))).toEqual(
      goals
        .filter((goal) => goal.kind === 'external')
        .map((goal) => ({ goalId: goal.id, lines: oracleEvidenceLines(goal.id, context) })),
    );
  });
});

describe('lookups on records a user can leave behind', () => {
  const customers: CustomerRecords = {
    ...emptyCustomerRecords(),
    outreaches: [
      makeOutreach('o1', 'door-to-door', { date: '2026-05-12' }),
      // An outreach pasted twice under one id: the first one names where a comment was heard.
      makeOutreach('o1', 'annual-meeting', { date: '2026-06-01' }),
    ],
    entries: [
      makeEntry('e1', 'o1', 'pressure', { said: 'Low in the evening', strength: 'strong' }),
      makeEntry('e1', 'o1', 'pressure', { said: 'A second card under the same id' }),
      makeEntry('e2', 'gone', 'pressure', { said: 'From an outreach since deleted' }),
    ],
  };
  const link = (goalId: string, ref: EvidenceLink['ref']): EvidenceLink => ({ goalId, ref });

  it('quotes the first comment under an id, heard at the first outreach under its id', () => {
    const context = { records: customers, complaints: emptyComplaintSummary };
    expect(sayIn(describeEvidence({ kind: 'entry', entryId: 'e1' }, context), 'en')).toBe(
      '“Low in the evening” (Door to door, May 12, 2026)',
    );
    expect(sayIn(describeEvidence({ kind: 'entry', entryId: 'e2' }, context), 'en')).toBe(
      '“From an outreach since deleted”',
    );
  });

  it('counts a topic over every card, with each method heard under the ids', () => {
    const context = { records: customers, complaints: emptyComplaintSummary };
    expect(sayIn(describeEvidence({ kind: 'topic', topic: 'pressure' }, context), 'en')).toBe(
      '3 comments on Pressure (1 strong), from Door to door and Annual meeting',
    );
  });

  it('keeps each goal’s lines in the order they were linked', () => {
    const linked = {
      ...customers,
      evidence: [
        link('g1', { kind: 'entry', entryId: 'deleted' }),
        link('g3', { kind: 'topic', topic: 'pressure' }),
        link('g1', { kind: 'entry', entryId: 'e2' }),
      ],
    };
    const content = customerFeedbackContentOf({
      records: linked,
      goals,
      complaints: emptyComplaintSummary,
    });
    expect(content.evidence).toEqual([
      {
        goalId: 'g1',
        lines: [
          'A linked comment was deleted; link another or remove this link',
          '“From an outreach since deleted”',
        ],
        linesSpanish: [
          'Se borró un comentario vinculado; vincule otro o quite este vínculo',
          '“From an outreach since deleted”',
        ],
      },
      {
        goalId: 'g3',
        lines: ['3 comments on Pressure (1 strong), from Door to door and Annual meeting'],
        linesSpanish: [
          '3 comentarios sobre la presión (1 fuerte), según las visitas de casa en casa y la reunión anual',
        ],
      },
    ]);
    expect(content.outreaches.map((row) => row.entries)).toEqual([2, 2]);
    expect([...goalsWithEvidence(linked)].sort()).toEqual(['g1', 'g3']);
  });

  it('gives a goal linked only to deleted comments no evidence', () => {
    const linked = { ...customers, evidence: [link('g1', { kind: 'entry', entryId: 'gone' })] };
    expect(hasEvidence('g1', linked)).toBe(false);
    expect(goalsWithEvidence(linked).has('g1')).toBe(false);
  });
});
