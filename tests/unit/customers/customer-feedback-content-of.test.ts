import { describe, expect, it } from 'vitest';
import { contentV7Schema } from '../../../src/shared/domain/approved/snapshot-v7';
import { customerFeedbackContentSchema } from '../../../src/shared/domain/customers/customer-feedback-content';
import { customerFeedbackContentOf } from '../../../src/shared/domain/customers/customer-feedback-content-of';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import { cedarFlatsCustomers, makeComplaint } from './customer-fixtures';

function goal(id: string, kind: Goal['kind']): Goal {
  return { ...blankGoalFields(kind), area: 'customer-service', direction: 'at-most', id, rev: 3 };
}

function input() {
  const records = cedarFlatsCustomers();
  records.evidence = [
    { goalId: 'pressure', ref: { kind: 'entry', entryId: 'p1' } },
    { goalId: 'pressure', ref: { kind: 'complaints', topic: 'pressure' } },
    { goalId: 'loss', ref: { kind: 'topic', topic: 'leaks' } },
  ];
  const complaints = summarizeComplaints({
    imports: [],
    rows: [makeComplaint('pressure', '2025-03-04T09:00', '2025-03-04T13:00')],
  });
  // Board order: an external goal last, an internal one (wrongly linked) in between.
  const goals = [
    goal('billing', 'external'),
    goal('loss', 'internal'),
    goal('pressure', 'external'),
  ];
  return { records, goals, complaints };
}

describe('customerFeedbackContentOf', () => {
  it('lists each outreach with its figures and how many comments it brought', () => {
    const content = customerFeedbackContentOf(input());
    expect(customerFeedbackContentSchema.parse(content)).toEqual(content);
    expect(content.outreaches).toEqual([
      {
        method: 'annual-meeting',
        date: '2026-05-12',
        place: 'Grange hall',
        reached: 60,
        answered: 25,
        entries: 5,
      },
      {
        method: 'door-to-door',
        date: '2026-06-02',
        place: 'Ridge Road',
        reached: null,
        answered: null,
        entries: 2,
      },
    ]);
    expect(content.tally.entries).toBe(7);
    expect(content.tally.byTopic[0]).toEqual({ topic: 'pressure', count: 3, strong: 1 });
    expect(content.complaints.total).toBe(1);
  });

  it('gives evidence for the external goals only, in the board’s goal order', () => {
    expect(customerFeedbackContentOf(input()).evidence).toEqual([
      { goalId: 'billing', lines: [], linesSpanish: [] },
      {
        goalId: 'pressure',
        lines: [
          '“Pressure drops every evening” (Annual meeting, May 12, 2026)',
          '1 complaint about Pressure; median response 4 h, 90% within 4 h',
        ],
        // The same lines as the Spanish agreement prints them; the customer's words as said.
        linesSpanish: [
          '“Pressure drops every evening” (Reunión anual, 12 de mayo de 2026)',
          '1 queja sobre la presión; mediana de respuesta 4 h, el 90% en 4 h',
        ],
      },
    ]);
  });

  it('words evidence on the whole log, but freezes the figures in the shape approvals have', () => {
    const given = input();
    given.records.evidence = [{ goalId: 'billing', ref: { kind: 'complaint-log' } }];
    const content = customerFeedbackContentOf(given);
    expect(content.evidence[0]?.lines).toEqual([
      'The complaint log: 1 complaint on March 4, 2025; median response 4 h, 90% within 4 h',
    ]);
    expect(content.evidence[0]?.linesSpanish).toEqual([
      'El registro de quejas: 1 queja el 4 de marzo de 2025; mediana de respuesta 4 h, el 90% en 4 h',
    ]);
    // The whole-log times live in the line; the frozen figures keep the shape snapshots have.
    expect(given.complaints.whole).toBeDefined();
    expect(content.complaints).not.toHaveProperty('whole');
    expect(contentV7Schema.shape.customerFeedback.parse(content)).toEqual(content);
  });

  it('never carries a customer’s name or address', () => {
    const given = input();
    const text = JSON.stringify(customerFeedbackContentOf(given));
    const privateWords = given.records.entries.flatMap((entry) => [entry.name, entry.address]);
    expect(privateWords.filter((word) => word !== '')).toEqual(['Maria Gonzalez', '14 Ridge Road']);
    for (const word of privateWords.filter((w) => w !== '')) expect(text).not.toContain(word);
    expect(text).not.toMatch(/"(name|address|notes)"/);
  });

  it('is a copy: a later change to the complaint figures does not reach it', () => {
    const given = input();
    const content = customerFeedbackContentOf(given);
    given.complaints.byTopic[0]!.count = 99;
    expect(content.complaints.byTopic[0]?.count).toBe(1);
  });
});
