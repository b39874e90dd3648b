import type { Standing } from '@shared/api/library-contract';
import { plainDate } from '@shared/domain/plain-date';

/** A utility's name as typed on step 1, or what to call it until then. */
export function utilityName(name: string): string {
  return name.trim() === '' ? 'Unnamed utility' : name;
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
export function standingLines(standing: Standing, today: string): StandingLine[] {
  const { status, revision, approvedRevision, reviewDue } = standing;
  if (status === 'empty') return [{ text: 'Nothing saved yet', warning: false }];
  if (status === 'unreadable') {
    return [{ text: 'Cannot be read', warning: true }];
  }
  const lines: StandingLine[] = [
    status === 'approved'
      ? { text: `Approved revision ${revision}`, warning: false }
      : {
          text:
            approvedRevision === null
              ? `Draft revision ${revision}`
              : `Draft revision ${revision} (revision ${approvedRevision} is approved)`,
          warning: false,
        },
  ];
  if (reviewDue !== null) {
    lines.push(
      reviewDue < today
        ? { text: `Annual review overdue: it was due ${plainDate(reviewDue)}`, warning: true }
        : { text: `Annual review due ${plainDate(reviewDue)}`, warning: false },
    );
  }
  return lines;
}
