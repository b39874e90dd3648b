import { printedDate } from '../domain/printed-date';

/** Whether an approved revision is the board's current agreement, or was replaced. */
export type Standing =
  { inForce: true } | { inForce: false; supersededBy: number; supersededOn: string };

/** The line the title page prints under the dates, so an old copy is never mistaken for today's. */
export function standingWords(standing: Standing): string {
  if (standing.inForce)
    return 'In force: this is the agreement the board has adopted most recently.';
  const when = /^\d{4}-\d{2}-\d{2}$/.test(standing.supersededOn)
    ? `, adopted ${printedDate(standing.supersededOn)}`
    : '';
  return `Superseded by revision ${standing.supersededBy}${when}. Kept for the record; no longer in force.`;
}
