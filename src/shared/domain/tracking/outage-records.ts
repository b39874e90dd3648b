import { z } from 'zod';
import { calendarDate, decimalNumber, paragraphText, rowId, wholeNumber } from '../text';

/** Each outage field, named once: the form, the messages, the import and the exports say it so. */
export const outageLabels = {
  startDate: 'Date it began',
  startTime: 'Time it began',
  endDate: 'Date service came back',
  endTime: 'Time service came back',
  planned: 'Planned or unplanned',
  noticeHours: 'Hours of notice given',
  customersAffected: 'Customers affected',
  note: 'Where and why',
} as const;

/** The most outages one utility keeps: several a week for thirty years. */
export const maxOutages = 10_000;

/** A time of day as the log keeps it: 24-hour HH:MM, or null when only the day is known. */
const timeOfDay = (label: string) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time of day, such as 14:30.`)
    .nullable();

const requiredDate = (label: string) =>
  calendarDate(label).refine((value) => value !== '', { error: `${label} is needed.` });

/**
 * One interruption of service, planned or not (issue 16). Like an actual result, it is a record
 * about the year, not part of the approved agreement: it sits outside every fingerprint. A time
 * is kept only when the log had one, so a figure is never printed finer than the data: an
 * outage with days only is counted in days, never in "0 hours".
 */
export const outageSchema = z
  .strictObject({
    id: rowId,
    startDate: requiredDate(outageLabels.startDate),
    startTime: timeOfDay(outageLabels.startTime),
    /** Empty while service is still out or the log does not say. */
    endDate: calendarDate(outageLabels.endDate),
    endTime: timeOfDay(outageLabels.endTime),
    planned: z.boolean({ error: `${outageLabels.planned}: choose planned or unplanned.` }),
    /** Hours between telling customers and the start; null when the log does not say. */
    noticeHours: decimalNumber(outageLabels.noticeHours, 10_000, 48),
    customersAffected: wholeNumber(outageLabels.customersAffected, 10_000_000, 120),
    note: paragraphText(outageLabels.note, 1000),
    /** When it was recorded in the app (an ISO timestamp). */
    recordedAt: z.string().max(40),
  })
  .superRefine((outage, context) => {
    if (outage.endDate === '' && outage.endTime !== null) {
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: `${outageLabels.endTime}: give the ${outageLabels.endDate.toLowerCase()} too; a time needs its date.`,
      });
    }
    const start = `${outage.startDate}T${outage.startTime ?? '00:00'}`;
    const end = `${outage.endDate}T${outage.endTime ?? '23:59'}`;
    if (outage.endDate !== '' && end < start) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `${outageLabels.endDate} is before the ${outageLabels.startDate.toLowerCase()}: check both.`,
      });
    }
  });
export type Outage = z.output<typeof outageSchema>;
