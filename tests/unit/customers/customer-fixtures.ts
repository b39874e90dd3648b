import type { ComplaintRow } from '../../../src/shared/domain/customers/complaint-log';
import {
  emptyCustomerRecords,
  type CustomerRecords,
} from '../../../src/shared/domain/customers/customer-records';
import {
  blankEntryFields,
  type FeedbackEntry,
  type FeedbackTopic,
  type Outreach,
} from '../../../src/shared/domain/customers/feedback-entry';
import type { FeedbackMethod } from '../../../src/shared/domain/customers/feedback-plan';

export function makeOutreach(
  id: string,
  method: FeedbackMethod,
  overrides: Partial<Outreach> = {},
): Outreach {
  return {
    id,
    rev: 0,
    method,
    date: '2026-05-12',
    place: 'Grange hall',
    reached: null,
    answered: null,
    notes: '',
    ...overrides,
  };
}

export function makeEntry(
  id: string,
  outreachId: string,
  topic: FeedbackTopic,
  overrides: Partial<FeedbackEntry> = {},
): FeedbackEntry {
  return { ...blankEntryFields(topic), id, rev: 0, outreachId, ...overrides };
}

let keyCounter = 0;

/** A stored complaint; times are log times ("2026-03-04T09:00"), '' when not recorded. */
export function makeComplaint(
  topic: FeedbackTopic,
  received: string,
  responded = '',
  resolved = '',
): ComplaintRow {
  keyCounter += 1;
  return {
    key: keyCounter.toString(16).padStart(16, '0'),
    importId: 'imp1',
    row: keyCounter + 1,
    received,
    responded,
    resolved,
    category: '',
    description: '',
    location: '',
    topic,
    topicChosen: false,
  };
}

/**
 * Cedar Flats' step 4 after an annual meeting (five comments, one of them private) and a round
 * of doors on Ridge Road (two comments).
 */
export function cedarFlatsCustomers(): CustomerRecords {
  const records = emptyCustomerRecords();
  records.outreaches = [
    makeOutreach('meeting', 'annual-meeting', { reached: 60, answered: 25 }),
    makeOutreach('doors', 'door-to-door', { date: '2026-06-02', place: 'Ridge Road' }),
  ];
  records.entries = [
    makeEntry('p1', 'meeting', 'pressure', {
      said: 'Pressure drops every evening',
      strength: 'strong',
      name: 'Maria Gonzalez',
      address: '14 Ridge Road',
    }),
    makeEntry('p2', 'meeting', 'pressure', { said: 'Shower is weak upstairs' }),
    makeEntry('p3', 'doors', 'pressure', { said: 'Low pressure at the top of the hill' }),
    makeEntry('q1', 'meeting', 'water-quality', { said: 'Brown water after flushing' }),
    makeEntry('b1', 'meeting', 'billing', { said: 'Bill came late twice' }),
    makeEntry('o1', 'doors', 'outages', { said: '' }),
    makeEntry('r1', 'meeting', 'response', { said: 'Nobody called back' }),
  ];
  return records;
}
