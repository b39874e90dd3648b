import {
  blankEntryFields,
  type FeedbackEntry,
  type FeedbackEntryFields,
  type Outreach,
} from '../../../src/shared/domain/customers/feedback-entry';
import type { Workbook } from '../../../src/shared/domain/workbook';

/** Cedar Flats' annual meeting of 12 May 2026, stored as the service would store it. */
export function seedMeeting(workbook: Workbook, id = 'meeting-1'): Outreach {
  const outreach: Outreach = {
    id,
    rev: 0,
    method: 'annual-meeting',
    date: '2026-05-12',
    place: 'Community hall',
    reached: 60,
    answered: 25,
    notes: '',
  };
  workbook.customers.outreaches.push(outreach);
  return outreach;
}

/** A stored card under an outreach; private name and address filled in on purpose. */
export function seedCard(
  workbook: Workbook,
  outreachId: string,
  fields: Partial<FeedbackEntryFields>,
): FeedbackEntry {
  const entry: FeedbackEntry = {
    ...blankEntryFields('pressure'),
    name: 'Rosa Delgado',
    address: '14 Juniper Lane',
    ...fields,
    id: `card-${workbook.customers.entries.length + 1}`,
    rev: 0,
    outreachId,
  };
  workbook.customers.entries.push(entry);
  return entry;
}
