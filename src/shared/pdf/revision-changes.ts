import type { GoalFields } from '../domain/goal';
import { goalFieldLabels } from '../domain/goal';
import { goalAreaTitles } from '../domain/goal-areas';
import { goalNumbers } from '../domain/goal-numbers';
import { frequencyWords } from './agreement-words';
import { baselineInWords, targetInWords } from './target-words';

type RevisionGoal = GoalFields & { id: string };

/** One goal that differs between the revision in force and the next one. */
export interface GoalChange {
  change: 'added' | 'dropped' | 'changed';
  /** Its number in the new revision; for a dropped goal, its number in the old one. */
  number: number;
  /** A changed goal's number in the old revision when it differs (goals before it came or went). */
  formerNumber: number | null;
  /** The goal as the new revision words it (as the old one did, for a dropped goal). */
  statement: string;
  /** What changed, one sentence each: "Target: was at most 9 …; now at most 7 …". */
  details: string[];
}

/** What changed since revision N, in words a board member reads at the meeting. */
export interface RevisionChanges {
  since: number;
  goals: GoalChange[];
  /** The mission's old and new wording, when it changed. */
  mission: { before: string; after: string } | null;
}

const notChosen = 'not chosen';
const noneNamed = 'nobody named';

/** Each compared part of a goal, in words, under the label the goal form gives it. */
const comparedParts: [string, (goal: RevisionGoal) => string][] = [
  [goalFieldLabels.statement, (goal) => goal.statement],
  [goalFieldLabels.area, (goal) => (goal.area ? goalAreaTitles[goal.area] : notChosen)],
  [goalFieldLabels.kind, (goal) => goal.kind],
  [goalFieldLabels.measure, (goal) => goal.measure],
  [goalFieldLabels.target, (goal) => targetInWords(goal)],
  [goalFieldLabels.baseline, (goal) => baselineInWords(goal)],
  [goalFieldLabels.dataSource, (goal) => goal.dataSource],
  [
    goalFieldLabels.frequency,
    (goal) => (goal.frequency ? frequencyWords[goal.frequency] : notChosen),
  ],
  [goalFieldLabels.responsible, (goal) => goal.responsible || noneNamed],
  [goalFieldLabels.standIn, (goal) => goal.standIn || noneNamed],
  [goalFieldLabels.stretch, (goal) => (goal.stretch ? 'yes' : 'no')],
];

function detailsOf(before: RevisionGoal, after: RevisionGoal): string[] {
  const details: string[] = [];
  for (const [label, words] of comparedParts) {
    const was = words(before);
    const now = words(after);
    if (was !== now) details.push(`${label}: was “${was}”; now “${now}”.`);
  }
  return details;
}

/**
 * How the next revision differs from the one in force: goals added, dropped or changed (matched
 * by their id, which a new revision keeps), in the new revision's order, dropped goals last; and
 * the mission, when reworded. Parts are compared as the agreement prints them, so a change that
 * prints the same (a unit's spacing) is not reported, and one that prints differently always is.
 */
export function revisionChanges(
  since: { revision: number; goals: readonly RevisionGoal[]; mission: string },
  next: { goals: readonly RevisionGoal[]; mission: string },
  /** The board's reason for a change, by goal id (the annual review's), printed under it. */
  reasons: ReadonlyMap<string, string> = new Map(),
): RevisionChanges {
  const withReason = (id: string, details: string[]) => {
    const reason = reasons.get(id);
    return reason === undefined ? details : [...details, reason];
  };
  const oldById = new Map(since.goals.map((goal) => [goal.id, goal]));
  const newIds = new Set(next.goals.map((goal) => goal.id));
  const newNumbers = goalNumbers(next.goals);
  const oldNumbers = goalNumbers(since.goals);
  const goals: GoalChange[] = [];
  for (const goal of [...next.goals].sort(
    (a, b) => (newNumbers.get(a.id) ?? 0) - (newNumbers.get(b.id) ?? 0),
  )) {
    const number = newNumbers.get(goal.id) ?? 0;
    const before = oldById.get(goal.id);
    if (!before) {
      goals.push({
        change: 'added',
        number,
        formerNumber: null,
        statement: goal.statement,
        details: [],
      });
      continue;
    }
    const details = detailsOf(before, goal);
    const former = oldNumbers.get(goal.id) ?? number;
    const formerNumber = former === number ? null : former;
    if (details.length > 0) {
      goals.push({
        change: 'changed',
        number,
        formerNumber,
        statement: goal.statement,
        details: withReason(goal.id, details),
      });
    }
  }
  const dropped = since.goals
    .filter((goal) => !newIds.has(goal.id))
    .map((goal) => ({
      number: oldNumbers.get(goal.id) ?? 0,
      statement: goal.statement,
      details: withReason(goal.id, []),
    }))
    .sort((a, b) => a.number - b.number);
  for (const { number, statement, details } of dropped) {
    goals.push({ change: 'dropped', number, formerNumber: null, statement, details });
  }
  const mission =
    since.mission === next.mission ? null : { before: since.mission, after: next.mission };
  return { since: since.revision, goals, mission };
}
