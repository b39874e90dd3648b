import type { Standing } from '@shared/api/library-contract';
import { printedDate, type Language } from '@shared/domain/printed-date';
import type { Text } from '../../i18n/use-text';

/** A utility's name as typed on step 1, or what to call it until then. */
export function utilityName(text: Text, name: string): string {
  return name.trim() === '' ? text('library.unnamed') : name;
}

/** A line about a utility's agreement; `warning` lines are drawn so they stand out. */
export interface StandingLine {
  text: string;
  warning: boolean;
}

/**
 * Where a utility's agreement stands, in a line or two: "Approved revision 2", then "Annual
 * review due March 14, 2027" (or overdue). `today` is YYYY-MM-DD on the computer's calendar.
 */
export function standingLines(
  text: Text,
  language: Language,
  standing: Standing,
  today: string,
): StandingLine[] {
  const { status, revision, approvedRevision, reviewDue } = standing;
  if (status === 'empty') return [{ text: text('library.standing.empty'), warning: false }];
  if (status === 'unreadable') {
    return [{ text: text('library.standing.unreadable'), warning: true }];
  }
  const lines: StandingLine[] = [
    {
      text:
        status === 'approved'
          ? text('library.standing.approved', { revision })
          : approvedRevision === null
            ? text('library.standing.draft', { revision })
            : text('library.standing.draftAfter', { revision, approved: approvedRevision }),
      warning: false,
    },
  ];
  if (reviewDue !== null) {
    const date = printedDate(reviewDue, language);
    lines.push(
      reviewDue < today
        ? { text: text('library.standing.overdue', { date }), warning: true }
        : { text: text('library.standing.due', { date }), warning: false },
    );
  }
  return lines;
}
