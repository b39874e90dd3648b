import type { OutageEntry } from '../../src/shared/domain/tracking/outage-entry';

const outage = (fields: Partial<OutageEntry>): OutageEntry => ({
  startDate: '',
  startTime: null,
  endDate: '',
  endTime: null,
  planned: false,
  noticeHours: null,
  customersAffected: null,
  note: '',
  ...fields,
});

/** The year after the vote as the operator logged it: two breaks and two planned shutoffs. */
export const exampleOutages: readonly OutageEntry[] = [
  outage({
    startDate: '2026-02-17',
    startTime: '07:30',
    endDate: '2026-02-17',
    endTime: '13:15',
    customersAffected: 38,
    note: 'Main break on Mill Lane; frozen ground.',
  }),
  outage({
    startDate: '2026-04-14',
    startTime: '09:00',
    endDate: '2026-04-14',
    endTime: '12:30',
    planned: true,
    noticeHours: 72,
    customersAffected: 22,
    note: 'Valve replaced at Ridge Road & Aspen Way.',
  }),
  outage({
    startDate: '2026-07-14',
    startTime: '13:00',
    endDate: '2026-07-14',
    endTime: '19:00',
    planned: true,
    noticeHours: 24,
    customersAffected: 41,
    note: 'Tank inspection ran long; door hangers went out late.',
  }),
  outage({
    startDate: '2026-10-20',
    startTime: '06:45',
    endDate: '2026-10-20',
    endTime: '16:10',
    customersAffected: 12,
    note: 'Service line leak on Ridge Road; the crew waited for a part.',
  }),
];
