import type { Content } from 'pdfmake/interfaces';
import type { RevisionChanges } from './revision-changes';
import { palette } from './pdf-styles';
import { paragraph } from './section-title';
import { userText } from './user-text';

/** How each kind of change is headed, on screen and on paper. */
export const changeWords = { added: 'New', dropped: 'Dropped', changed: 'Changed' } as const;

/** What the board reads when the draft changes nothing yet. */
export function nothingChangedWords(since: number): string {
  return `Nothing yet: this draft says what revision ${since} says.`;
}

/** "goal 1", "goal 1 (goal 2 in revision 5)", "goal 3 of revision 5". */
export function goalWords(goal: RevisionChanges['goals'][number], since: number): string {
  if (goal.change === 'dropped') return `goal ${goal.number} of revision ${since}`;
  const former =
    goal.formerNumber === null ? '' : ` (goal ${goal.formerNumber} in revision ${since})`;
  return `goal ${goal.number}${former}`;
}

/** What an approved revision started from an annual review says when it changed nothing. */
export function nothingChangedAtReviewWords(since: number): string {
  return `Nothing: the board kept revision ${since} as it was.`;
}

/**
 * "What changed since revision N", after the draft note and before section 1: the board reads
 * what it is asked to change before it reads the whole agreement. In a draft, against the
 * revision in force; in an approved revision started from an annual review, against the one
 * reviewed, with the board's reasons. Not numbered, so the agreement's own sections keep their
 * numbers.
 */
export function changesSection(
  changes: RevisionChanges | null,
  printed: 'draft' | 'approved' = 'draft',
): Content[] {
  if (changes === null) return [];
  const { since, goals, mission } = changes;
  const draft = printed === 'draft';
  const title: Content = {
    text: draft
      ? `What changed since revision ${since}, the agreement in force`
      : `What changed since revision ${since}`,
    style: 'sectionTitle',
  };
  if (goals.length === 0 && mission === null) {
    return [
      title,
      paragraph(draft ? nothingChangedWords(since) : nothingChangedAtReviewWords(since)),
    ];
  }
  const items: Content[] = goals.map((goal) => {
    const which = goalWords(goal, since);
    const heading = userText(`${changeWords[goal.change]}: ${which} — ${goal.statement}`, 'body');
    if (goal.details.length === 0) return heading;
    return {
      stack: [
        { ...heading, bold: true, margin: [0, 0, 0, 2] },
        { ul: goal.details.map((detail) => userText(detail, 'body')), margin: [6, 0, 0, 4] },
      ],
    };
  });
  if (mission) {
    items.push({
      stack: [
        { text: 'Changed: the mission statement', style: 'body', bold: true, margin: [0, 0, 0, 2] },
        userText(`Was: “${mission.before}”`, 'body'),
        userText(`Now: “${mission.after}”`, 'body'),
      ],
    });
  }
  return [
    title,
    {
      text: draft
        ? 'For the board: what this draft would change.'
        : `What the board changed at the annual review of revision ${since}.`,
      style: 'small',
      color: palette.muted,
    },
    { ul: items, margin: [0, 6, 0, 0] },
  ];
}
