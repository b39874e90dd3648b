import type { Content } from 'pdfmake/interfaces';
import type { Language } from '../domain/printed-date';
import type { RevisionChanges } from './revision-changes';
import { palette } from './pdf-styles';
import { paragraph } from './section-title';
import { userText } from './user-text';

interface ChangesWords {
  change: { added: string; dropped: string; changed: string };
  nothing: (since: number) => string;
  nothingAtReview: (since: number) => string;
  dropped: (number: number, since: number) => string;
  goal: (number: number, former: number | null, since: number) => string;
  titleDraft: (since: number) => string;
  titleApproved: (since: number) => string;
  missionChanged: string;
  was: (text: string) => string;
  now: (text: string) => string;
  forBoard: string;
  atReview: (since: number) => string;
}

const changesWords: Record<Language, ChangesWords> = {
  en: {
    change: { added: 'New', dropped: 'Dropped', changed: 'Changed' },
    nothing: (since) => `Nothing yet: this draft says what revision ${since} says.`,
    nothingAtReview: (since) => `Nothing: the board kept revision ${since} as it was.`,
    dropped: (number, since) => `goal ${number} of revision ${since}`,
    goal: (number, former, since) =>
      `goal ${number}${former === null ? '' : ` (goal ${former} in revision ${since})`}`,
    titleDraft: (since) => `What changed since revision ${since}, the agreement in force`,
    titleApproved: (since) => `What changed since revision ${since}`,
    missionChanged: 'Changed: the mission statement',
    was: (text) => `Was: “${text}”`,
    now: (text) => `Now: “${text}”`,
    forBoard: 'For the board: what this draft would change.',
    atReview: (since) => `What the board changed at the annual review of revision ${since}.`,
  },
  es: {
    change: { added: 'Nueva', dropped: 'Quitada', changed: 'Cambiada' },
    nothing: (since) => `Nada todavía: este borrador dice lo mismo que la revisión ${since}.`,
    nothingAtReview: (since) =>
      `Nada: la mesa directiva dejó la revisión ${since} tal como estaba.`,
    dropped: (number, since) => `meta ${number} de la revisión ${since}`,
    goal: (number, former, since) =>
      `meta ${number}${former === null ? '' : ` (meta ${former} en la revisión ${since})`}`,
    titleDraft: (since) => `Qué cambió desde la revisión ${since}, el acuerdo vigente`,
    titleApproved: (since) => `Qué cambió desde la revisión ${since}`,
    missionChanged: 'Cambiada: la misión',
    was: (text) => `Antes: “${text}”`,
    now: (text) => `Ahora: “${text}”`,
    forBoard: 'Para la mesa directiva: lo que cambiaría este borrador.',
    atReview: (since) =>
      `Lo que cambió la mesa directiva en la revisión anual de la revisión ${since}.`,
  },
};

/** How each kind of change is headed, on screen and on paper. */
export const changeWords = changesWords.en.change;

/** What the board reads when the draft changes nothing yet. */
export function nothingChangedWords(since: number): string {
  return changesWords.en.nothing(since);
}

/** "goal 1", "goal 1 (goal 2 in revision 5)", "goal 3 of revision 5". */
export function goalWords(
  goal: RevisionChanges['goals'][number],
  since: number,
  language: Language = 'en',
): string {
  const words = changesWords[language];
  if (goal.change === 'dropped') return words.dropped(goal.number, since);
  return words.goal(goal.number, goal.formerNumber, since);
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
  language: Language = 'en',
): Content[] {
  if (changes === null) return [];
  const words = changesWords[language];
  const { since, goals, mission } = changes;
  const draft = printed === 'draft';
  const title: Content = {
    text: draft ? words.titleDraft(since) : words.titleApproved(since),
    style: 'sectionTitle',
  };
  if (goals.length === 0 && mission === null) {
    return [title, paragraph(draft ? words.nothing(since) : words.nothingAtReview(since))];
  }
  const items: Content[] = goals.map((goal) => {
    const which = goalWords(goal, since, language);
    const heading = userText(`${words.change[goal.change]}: ${which} — ${goal.statement}`, 'body');
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
        { text: words.missionChanged, style: 'body', bold: true, margin: [0, 0, 0, 2] },
        userText(words.was(mission.before), 'body'),
        userText(words.now(mission.after), 'body'),
      ],
    });
  }
  return [
    title,
    {
      text: draft ? words.forBoard : words.atReview(since),
      style: 'small',
      color: palette.muted,
    },
    { ul: items, margin: [0, 6, 0, 0] },
  ];
}
