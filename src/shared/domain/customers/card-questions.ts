import { goalAreas, type GoalArea } from '../goal-areas';
import { runsSewer, runsWater, type SystemType } from '../utility';
import { wordedSystemType } from '../service-words';

/**
 * The survey card's questions, in the order it prints them. The card and the entry screen both
 * walk this list, so a question cannot be printed without a place to type its answers.
 */
export const cardQuestionIds = [
  'overall',
  'aspects',
  'problems',
  'outage',
  'notice',
  'cleanup',
  'overflowNotice',
  'pay',
  'priorities',
  'contact',
  'goals',
  'comments',
] as const;
export type CardQuestion = (typeof cardQuestionIds)[number];

/** "How satisfied are you with each of these?": every aspect any card rates. */
export const ratedAspects = [
  'taste',
  'pressure',
  'reliability',
  'backups',
  'odors',
  'response',
  'billing',
  'courtesy',
] as const;
export type RatedAspect = (typeof ratedAspects)[number];

/** "Have you had any of these problems?": every problem any card lists, then "None of these". */
export const cardProblems = [
  'low-pressure',
  'bad-taste',
  'hard-water',
  'discolored',
  'bad-smell',
  'no-water',
  'sewage-backup',
  'sewer-odor',
  'overflow',
  'slow-drain',
  'billing',
  'none',
] as const;
export type CardProblem = (typeof cardProblems)[number];

/** "What matters most to you?": every priority any card asks to rank. */
export const cardPriorities = [
  'reliable',
  'affordable',
  'water-quality',
  'no-backups',
  'streams',
  'saving-water',
  'informed',
] as const;
export type CardPriority = (typeof cardPriorities)[number];

/** "How would you like to hear from us?" */
export const contactWays = ['mail', 'email', 'text', 'bill', 'facebook', 'meetings'] as const;
export type ContactWay = (typeof contactWays)[number];

/** "How important is each one to you?", for each goal the board is considering. */
export const importanceAnswers = ['not', 'somewhat', 'very'] as const;
export type Importance = (typeof importanceAnswers)[number];

/** The lists that follow the services the utility runs, in the card's order. */
export interface CardLists {
  aspects: readonly RatedAspect[];
  /** Without "None of these", which every card lists last. */
  problems: readonly CardProblem[];
  priorities: readonly CardPriority[];
}

const waterProblems = [
  'low-pressure',
  'bad-taste',
  'hard-water',
  'discolored',
  'bad-smell',
  'no-water',
] as const;
const sewerProblems = ['sewage-backup', 'sewer-odor', 'overflow', 'slow-drain'] as const;

const listsBySystem: Record<SystemType, CardLists> = {
  water: {
    aspects: ['taste', 'pressure', 'reliability', 'response', 'billing', 'courtesy'],
    problems: [...waterProblems, 'billing'],
    priorities: ['reliable', 'affordable', 'water-quality', 'saving-water', 'informed'],
  },
  wastewater: {
    aspects: ['backups', 'odors', 'response', 'billing', 'courtesy'],
    problems: [...sewerProblems, 'billing'],
    priorities: ['reliable', 'affordable', 'no-backups', 'streams', 'informed'],
  },
  both: {
    aspects: ['taste', 'pressure', 'reliability', 'odors', 'response', 'billing', 'courtesy'],
    problems: [...waterProblems, ...sewerProblems, 'billing'],
    priorities: [
      'reliable',
      'affordable',
      'water-quality',
      'no-backups',
      'saving-water',
      'informed',
    ],
  },
};

/** What a utility's card lists, by the services it runs (both when not yet said). */
export function cardLists(systemType: SystemType | null): CardLists {
  return listsBySystem[wordedSystemType(systemType)];
}

/**
 * What the card asks a goal's importance about: the board's external goals with wording, or,
 * while it has none, the customer-facing areas it chose. Stored answers are keyed by these.
 */
export type ImportanceItem = { kind: 'goal'; goalId: string } | { kind: 'area'; area: GoalArea };

export function importanceKey(item: ImportanceItem): string {
  return item.kind === 'goal' ? `goal:${item.goalId}` : `area:${item.area}`;
}

/** The items of the importance question: the goals given, or else the chosen areas. */
export function importanceItems(
  goalIds: readonly string[],
  areas: readonly GoalArea[],
): ImportanceItem[] {
  if (goalIds.length > 0) return goalIds.map((goalId) => ({ kind: 'goal', goalId }));
  return goalAreas.filter((area) => areas.includes(area)).map((area) => ({ kind: 'area', area }));
}

/**
 * The questions a card asks, numbered in this order: the service questions follow the system
 * type, and the importance question is there only when there is something to ask about.
 */
export function cardQuestions(
  systemType: SystemType | null,
  asksImportance: boolean,
): CardQuestion[] {
  const water = runsWater(systemType);
  const sewer = runsSewer(systemType);
  return cardQuestionIds.filter((question) => {
    if (question === 'outage' || question === 'notice') return water;
    if (question === 'cleanup' || question === 'overflowNotice') return sewer;
    if (question === 'goals') return asksImportance;
    return true;
  });
}
