import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import type { TimePrecision } from '@shared/domain/customers/csv/time-precision';
import { logTimeColumns, type LogTimeColumn } from '@shared/domain/customers/complaint-log';

export interface PrecisionWords {
  /** Which precision the file has, and what that means for the figures. */
  headline: string;
  /** Per moment, for a file that mixes the two: "Resolved: 91 with a time of day, 29 with a date only." */
  details: string[];
  /** One sentence per date column whose every time is 00:00. */
  midnights: string[];
}

const momentTitles: Record<LogTimeColumn, string> = {
  received: 'Received',
  responded: 'Responded',
  resolved: 'Resolved',
};

const number = (value: number) => value.toLocaleString('en-US');

function detailOf(column: LogTimeColumn, precision: TimePrecision): string | null {
  const { timed, dated } = precision[column];
  if (timed + dated === 0) return null;
  if (dated === 0) return `${momentTitles[column]}: all ${number(timed)} with a time of day.`;
  if (timed === 0) return `${momentTitles[column]}: all ${number(dated)} with a date only.`;
  return `${momentTitles[column]}: ${number(timed)} with a time of day, ${number(dated)} with a date only.`;
}

/**
 * What the preview says about the file's times: a board member must know before importing
 * whether the response times will be in hours or in days, and why.
 */
export function precisionWords(preview: ComplaintPreview): PrecisionWords | null {
  const { precision } = preview;
  if (precision === null) return null;
  const timed = logTimeColumns.reduce((sum, column) => sum + precision[column].timed, 0);
  const dated = logTimeColumns.reduce((sum, column) => sum + precision[column].dated, 0);
  if (timed + dated === 0) return null;
  const midnights = preview.midnightColumns.map(
    (header) =>
      `Every time in column '${header}' is 12:00 AM, which is how some programs write a date with no time, so it is read as a date only.`,
  );
  if (dated === 0) {
    return {
      headline:
        'The file gives a time of day for every date, so response times are counted in hours and minutes.',
      details: [],
      midnights,
    };
  }
  if (timed === 0) {
    return {
      headline:
        'The file gives dates only, without times of day, so response times are counted in whole days: “same day”, “1 day”, “2 days”.',
      details: [],
      midnights,
    };
  }
  return {
    headline:
      'Some dates in the file have no time of day. A time that starts or ends on one of them is counted in whole days (“same day”, “1 day”), and so are its topic’s figures for that time, to respond or to resolve; the rest are in hours and minutes.',
    details: logTimeColumns.flatMap((column) => detailOf(column, precision) ?? []),
    midnights,
  };
}
