import type { UtilityHandlers } from '../../src/main/handlers';
import { importComplaintCsv } from './import-complaint-csv';
import type { ColumnMapping } from '../../src/shared/domain/customers/complaint-log';
import {
  blankEntryFields,
  type FeedbackEntryFields,
  type OutreachFields,
} from '../../src/shared/domain/customers/feedback-entry';

/** Cedar Flats' 2026 annual meeting, as the board would record it. */
export function annualMeeting(overrides: Partial<OutreachFields> = {}): OutreachFields {
  return {
    method: 'annual-meeting',
    date: '2026-05-12',
    place: 'Cedar Flats community hall',
    reached: 60,
    answered: 25,
    notes: '',
    ...overrides,
  };
}

/** One comment card; name and address are the private fields that must never be printed. */
export function commentCard(overrides: Partial<FeedbackEntryFields> = {}): FeedbackEntryFields {
  return {
    ...blankEntryFields('pressure'),
    said: 'Pressure drops every evening',
    strength: 'strong',
    satisfaction: 2,
    acceptableOutageHours: 4,
    noticeDays: 2,
    willingToPay: 'plus-10',
    name: 'Rosa Delgado',
    address: '14 Juniper Lane',
    ...overrides,
  };
}

/** A small complaint log in the shape many utilities keep: US dates, a time, free text. */
export const smallComplaintLog = [
  'Date Received,Responded,Resolved,Category,Description,Location',
  '3/14/2026 9:15,3/14/2026 11:00,3/15/2026 8:00,Low pressure,Pressure drops every evening,12 Elm St',
  '3/16/2026,3/16/2026,3/18/2026,Billing,Bill too high,4 Oak Ave',
  '3/20/2026 14:00,3/21/2026 9:00,,Water quality,Brown water from tap,9 Pine Rd',
].join('\n');

export const smallLogMapping: ColumnMapping = {
  received: 'Date Received',
  responded: 'Responded',
  resolved: 'Resolved',
  category: 'Category',
  description: 'Description',
  location: 'Location',
};

/**
 * Step 4 filled in: an annual meeting with two comments, the first linked as the evidence of
 * the first external goal (there must be one), and the small complaint log imported.
 */
export async function prepareCustomers(handlers: UtilityHandlers): Promise<void> {
  const outreach = await handlers['customers:addOutreach']({ fields: annualMeeting() });
  const entry = await handlers['customers:addEntry']({
    outreachId: outreach.id,
    fields: commentCard(),
  });
  await handlers['customers:addEntry']({
    outreachId: outreach.id,
    fields: commentCard({ topic: 'billing', said: 'Bills are hard to read', strength: 'mild' }),
  });
  const goal = (await handlers['goals:list'](undefined)).find((g) => g.kind === 'external');
  if (!goal) throw new Error('prepareCustomers needs an external goal.');
  await handlers['customers:link']({ goalId: goal.id, ref: { kind: 'entry', entryId: entry.id } });
  await importComplaintCsv(handlers, {
    fileName: 'complaints-2026.csv',
    csvText: smallComplaintLog,
    mapping: smallLogMapping,
  });
}
