import {
  contactWays,
  importanceAnswers,
  type CardLists,
  type CardPriority,
  type CardProblem,
  type ContactWay,
  type Importance,
  type RatedAspect,
} from './card-questions';
import type { FeedbackEntry } from './feedback-entry';

export interface AspectTally {
  aspect: RatedAspect;
  /** Cards that rated it 1 to 5; "don't know" is counted apart, not as a rating. */
  rated: number;
  dontKnow: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: number[];
  /** Rated 4 or 5. */
  satisfied: number;
}

export interface PriorityTally {
  priority: CardPriority;
  /** Cards that wrote a rank beside it. */
  ranked: number;
  /** Cards that ranked it 1, the most important. */
  first: number;
  /** The mean of the ranks written, 1 the most important; null when nobody ranked it. */
  meanRank: number | null;
}

/** How often each box was marked, out of the cards that marked any box of the question. */
export interface MarkedTally<Choice extends string> {
  cards: number;
  counts: { choice: Choice; count: number }[];
}

export interface ImportanceTally {
  key: string;
  answered: number;
  counts: Record<Importance, number>;
}

/** The card's grid and check-box questions in figures (the other questions: tallyFeedback). */
export interface CardAnswerTally {
  aspects: AspectTally[];
  problems: MarkedTally<CardProblem>;
  priorities: PriorityTally[];
  contact: MarkedTally<ContactWay>;
  importance: ImportanceTally[];
}

const zeros = <Key extends string>(keys: readonly Key[]) =>
  new Map<Key, number>(keys.map((key) => [key, 0]));
const bump = <Key>(counts: Map<Key, number>, key: Key) =>
  counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * Every answer to the card's grid and check-box questions, counted in one pass over the cards,
 * for the lines this utility's card prints (`lists`, and the importance lines' keys). An answer
 * to a line its card no longer prints is kept on the card but not counted here.
 */
export function tallyCardAnswers(
  entries: readonly FeedbackEntry[],
  lists: CardLists,
  importanceKeys: readonly string[],
): CardAnswerTally {
  const problems = [...lists.problems, 'none' as const];
  const ratings = new Map(lists.aspects.map((aspect) => [aspect, [0, 0, 0, 0, 0, 0]]));
  const ranks = new Map(
    lists.priorities.map((priority) => [priority, { ranked: 0, first: 0, sum: 0 }]),
  );
  const problemCounts = zeros(problems);
  const contactCounts = zeros(contactWays);
  const importance = new Map(importanceKeys.map((key) => [key, zeros(importanceAnswers)]));
  let problemCards = 0;
  let contactCards = 0;

  // A book may hold 20,000 cards: each card's lines are looked up by the card's own few keys,
  // with no arrays made per card.
  for (const entry of entries) {
    for (const [aspect, counts] of ratings) {
      const rating = entry.ratings[aspect];
      // Index 0 holds "don't know"; 1 to 5 the ratings.
      if (rating !== undefined) counts[rating === 'dont-know' ? 0 : rating]! += 1;
    }
    for (const [priority, counts] of ranks) {
      const rank = entry.priorities[priority];
      if (rank === undefined) continue;
      counts.ranked += 1;
      counts.sum += rank;
      if (rank === 1) counts.first += 1;
    }
    if (entry.problems.length > 0) problemCards += 1;
    for (const problem of entry.problems)
      if (problemCounts.has(problem)) bump(problemCounts, problem);
    if (entry.contact.length > 0) contactCards += 1;
    for (const way of entry.contact) bump(contactCounts, way);
    for (const key in entry.importance) {
      const answer = entry.importance[key]!;
      const counts = importance.get(key);
      if (counts) bump(counts, answer);
    }
  }

  return {
    aspects: [...ratings].map(([aspect, [dontKnow, ...distribution]]) => ({
      aspect,
      rated: distribution.reduce((sum, count) => sum + count, 0),
      dontKnow: dontKnow!,
      distribution,
      satisfied: distribution[3]! + distribution[4]!,
    })),
    problems: { cards: problemCards, counts: marked(problemCounts) },
    priorities: [...ranks].map(([priority, { ranked, first, sum }]) => ({
      priority,
      ranked,
      first,
      meanRank: ranked === 0 ? null : sum / ranked,
    })),
    contact: { cards: contactCards, counts: marked(contactCounts) },
    importance: [...importance].map(([key, counts]) => {
      const byAnswer = Object.fromEntries(counts) as Record<Importance, number>;
      const answered = importanceAnswers.reduce((sum, answer) => sum + byAnswer[answer], 0);
      return { key, answered, counts: byAnswer };
    }),
  };
}

function marked<Choice extends string>(counts: Map<Choice, number>) {
  return [...counts].map(([choice, count]) => ({ choice, count }));
}
