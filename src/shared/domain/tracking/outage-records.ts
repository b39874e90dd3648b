import { z } from 'zod';
import { englishLabels, fieldMessage, type FieldLabel } from '../../i18n/field-label';
import { calendarDate, decimalNumber, paragraphText, rowId, wholeNumber } from '../text';

/** Each outage field, named once: the form, the messages, the import and the exports say it so. */
export const outageLabelKeys = {
  startDate: 'validation.label.outage.startDate',
  startTime: 'validation.label.outage.startTime',
  endDate: 'validation.label.outage.endDate',
  endTime: 'validation.label.outage.endTime',
  planned: 'validation.label.outage.planned',
  noticeHours: 'validation.label.outage.noticeHours',
  customersAffected: 'validation.label.outage.customersAffected',
  note: 'validation.label.outage.note',
} as const;
export const outageLabels = englishLabels(outageLabelKeys);

/** The most outages one utility keeps: several a week for thirty years. */
export const maxOutages = 10_000;

/** A time of day as the log keeps it: 24-hour HH:MM, or null when only the day is known. */
const timeOfDay = (label: FieldLabel) =>
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, fieldMessage('validation.timeOfDay', label))
    .nullable();

const requiredDate = (label: FieldLabel) =>
  calendarDate(label).refine((value) => value !== '', {
    error: fieldMessage('validation.needed', label),
  });

/**
 * One interruption of service, planned or not (issue 16). Like an actual result, it is a record
 * about the year, not part of the approved agreement: it sits outside every fingerprint. A time
 * is kept only when the log had one, so a figure is never printed finer than the data: an
 * outage with days only is counted in days, never in "0 hours".
 */
export const outageSchema = z
  .strictObject({
    id: rowId,
    startDate: requiredDate(outageLabelKeys.startDate),
    startTime: timeOfDay(outageLabelKeys.startTime),
    /** Empty while service is still out or the log does not say. */
    endDate: calendarDate(outageLabelKeys.endDate),
    endTime: timeOfDay(outageLabelKeys.endTime),
    planned: z.boolean({
      error: fieldMessage('validation.outage.planned', outageLabelKeys.planned),
    }),
    /** Hours between telling customers and the start; null when the log does not say. */
    noticeHours: decimalNumber(outageLabelKeys.noticeHours, 10_000, 48),
    customersAffected: wholeNumber(outageLabelKeys.customersAffected, 10_000_000, 120),
    note: paragraphText(outageLabelKeys.note, 1000),
    /** When it was recorded in the app (an ISO timestamp). */
    recordedAt: z.string().max(40),
  })
  .superRefine((outage, context) => {
    if (outage.endDate === '' && outage.endTime !== null) {
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'validation.outage.endTimeNeedsDate',
      });
    }
    const start = `${outage.startDate}T${outage.startTime ?? '00:00'}`;
    const end = `${outage.endDate}T${outage.endTime ?? '23:59'}`;
    if (outage.endDate !== '' && end < start) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: 'validation.outage.endBeforeStart',
      });
    }
  });
export type Outage = z.output<typeof outageSchema>;
