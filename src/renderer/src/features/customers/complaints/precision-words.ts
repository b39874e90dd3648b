import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import type { TimePrecision } from '@shared/domain/customers/csv/time-precision';
import { logTimeColumns, type LogTimeColumn } from '@shared/domain/customers/complaint-log';
import { formatNumber } from '@shared/domain/numbers/number-text';
import type { Language } from '@shared/domain/printed-date';
import type { Text } from '../../../i18n/use-text';

export interface PrecisionWords {
  /** Which precision the file has, and what that means for the figures. */
  headline: string;
  /** Per moment, for a file that mixes the two: "Resolved: 91 with a time of day, 29 with a date only." */
  details: string[];
  /** One sentence per date column whose every time is 00:00. */
  midnights: string[];
}

function detailOf(
  text: Text,
  language: Language,
  column: LogTimeColumn,
  precision: TimePrecision,
): string | null {
  const { timed, dated } = precision[column];
  if (timed + dated === 0) return null;
  const moment = text(`complaints.moment.${column}`);
  const figures = { timed: formatNumber(timed, language), dated: formatNumber(dated, language) };
  if (dated === 0) return text('complaints.precision.allTimed', { moment, timed: figures.timed });
  if (timed === 0) return text('complaints.precision.allDated', { moment, dated: figures.dated });
  return text('complaints.precision.some', { moment, ...figures });
}

/**
 * What the preview says about the file's times: a board member must know before importing
 * whether the response times will be in hours or in days, and why.
 */
export function precisionWords(
  text: Text,
  language: Language,
  preview: ComplaintPreview,
): PrecisionWords | null {
  const { precision } = preview;
  if (precision === null) return null;
  const timed = logTimeColumns.reduce((sum, column) => sum + precision[column].timed, 0);
  const dated = logTimeColumns.reduce((sum, column) => sum + precision[column].dated, 0);
  if (timed + dated === 0) return null;
  const midnights = preview.midnightColumns.map((header) =>
    text('complaints.precision.midnight', { header }),
  );
  if (dated === 0) {
    return { headline: text('complaints.precision.timed'), details: [], midnights };
  }
  if (timed === 0) {
    return { headline: text('complaints.precision.dated'), details: [], midnights };
  }
  return {
    headline: text('complaints.precision.mixed'),
    details: logTimeColumns.flatMap((column) => detailOf(text, language, column, precision) ?? []),
    midnights,
  };
}
