import type { GoalFields } from '../domain/goal';
import { goalFieldLabels } from '../domain/goal';
import { goalNumbers } from '../domain/goal-numbers';
import type { Language } from '../domain/printed-date';
import { measureIn, missionIn, statementIn } from '../domain/spanish/goal-wording';
import type { Passage } from '../domain/spanish/passage';
import { agreementTerms } from './agreement-words';
import { areaTitleIn } from './area-words';
import { inEnglishMark, unitInEnglishMark } from './printed-passage';
import { baselinePassage, targetPassage } from './target-passage';

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

interface ChangeWords {
  labels: Record<(typeof comparedFields)[number], string>;
  notChosen: string;
  noneNamed: string;
  kind: Record<GoalFields['kind'], string>;
  yes: string;
  no: string;
  detail: (label: string, was: string, now: string) => string;
  /** The board's reason from the annual review, as typed, under the goal's changes. */
  reason: (reason: string) => string;
}

/** The parts compared, in the goal form's order. */
const comparedFields = [
  'statement',
  'area',
  'kind',
  'measure',
  'target',
  'baseline',
  'dataSource',
  'frequency',
  'responsible',
  'standIn',
  'stretch',
] as const;

const changeWordsIn: Record<Language, ChangeWords> = {
  en: {
    labels: goalFieldLabels,
    notChosen: 'not chosen',
    noneNamed: 'nobody named',
    kind: { internal: 'internal', external: 'external' },
    yes: 'yes',
    no: 'no',
    detail: (label, was, now) => `${label}: was “${was}”; now “${now}”.`,
    reason: (reason) => `Reason given at the annual review: ${reason}`,
  },
  es: {
    labels: {
      statement: 'Meta',
      area: 'Área',
      kind: 'Interna o externa',
      measure: 'Qué se mide',
      target: 'Objetivo',
      baseline: 'Nivel actual',
      dataSource: 'Cómo se mide',
      frequency: 'Cada cuándo',
      responsible: 'Quién es responsable',
      standIn: 'Quién lo suple',
      stretch: 'Meta ambiciosa',
    },
    notChosen: 'sin elegir',
    noneNamed: 'nadie nombrado',
    kind: { internal: 'interna', external: 'externa' },
    yes: 'sí',
    no: 'no',
    detail: (label, was, now) => `${label}: antes “${was}”; ahora “${now}”.`,
    reason: (reason) => `Razón dada en la revisión anual: ${reason}`,
  },
};

/** A passage inside a sentence of the changes: the board's English keeps its mark. */
function said(passage: Passage, mark = inEnglishMark): string {
  return passage.inEnglish ? `${passage.text} ${mark}` : passage.text;
}

/** Each compared part of a goal, in words, as the paper in `language` prints it. */
function partWords(
  goal: RevisionGoal,
  language: Language,
): Record<(typeof comparedFields)[number], string> {
  const words = changeWordsIn[language];
  return {
    statement: said(statementIn(goal, language)),
    area: goal.area ? areaTitleIn(goal.area, language) : words.notChosen,
    kind: words.kind[goal.kind],
    measure: said(measureIn(goal, language)),
    target: said(targetPassage(goal, language), unitInEnglishMark),
    baseline: said(baselinePassage(goal, language), unitInEnglishMark),
    dataSource: goal.dataSource,
    frequency: goal.frequency
      ? agreementTerms[language].frequency[goal.frequency]
      : words.notChosen,
    responsible: goal.responsible || words.noneNamed,
    standIn: goal.standIn || words.noneNamed,
    stretch: goal.stretch ? words.yes : words.no,
  };
}

function detailsOf(before: RevisionGoal, after: RevisionGoal, language: Language): string[] {
  const words = changeWordsIn[language];
  const was = partWords(before, language);
  const now = partWords(after, language);
  return comparedFields
    .filter((field) => was[field] !== now[field])
    .map((field) => words.detail(words.labels[field], was[field], now[field]));
}

/**
 * How the next revision differs from the one in force: goals added, dropped or changed (matched
 * by their id, which a new revision keeps), in the new revision's order, dropped goals last; and
 * the mission, when reworded. Parts are compared as the agreement prints them, so a change that
 * prints the same (a unit's spacing) is not reported, and one that prints differently always is.
 */
export function revisionChanges(
  since: {
    revision: number;
    goals: readonly RevisionGoal[];
    mission: string;
    missionSpanish?: string;
  },
  next: { goals: readonly RevisionGoal[]; mission: string; missionSpanish?: string },
  /** The board's reason for a change, by goal id (the annual review's, as typed), printed under it. */
  reasons: ReadonlyMap<string, string> = new Map(),
  language: Language = 'en',
): RevisionChanges {
  const withReason = (id: string, details: string[]) => {
    const reason = reasons.get(id);
    return reason === undefined ? details : [...details, changeWordsIn[language].reason(reason)];
  };
  const statement = (goal: RevisionGoal) => said(statementIn(goal, language));
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
        statement: statement(goal),
        details: [],
      });
      continue;
    }
    const details = detailsOf(before, goal, language);
    const former = oldNumbers.get(goal.id) ?? number;
    const formerNumber = former === number ? null : former;
    if (details.length > 0) {
      goals.push({
        change: 'changed',
        number,
        formerNumber,
        statement: statement(goal),
        details: withReason(goal.id, details),
      });
    }
  }
  const dropped = since.goals
    .filter((goal) => !newIds.has(goal.id))
    .map((goal) => ({
      number: oldNumbers.get(goal.id) ?? 0,
      statement: statement(goal),
      details: withReason(goal.id, []),
    }))
    .sort((a, b) => a.number - b.number);
  for (const { number, statement, details } of dropped) {
    goals.push({ change: 'dropped', number, formerNumber: null, statement, details });
  }
  const missionWords = (scope: { mission: string; missionSpanish?: string }) =>
    said(
      missionIn({ mission: scope.mission, missionSpanish: scope.missionSpanish ?? '' }, language),
    );
  const missionBefore = missionWords(since);
  const missionAfter = missionWords(next);
  const mission =
    missionBefore === missionAfter ? null : { before: missionBefore, after: missionAfter };
  return { since: since.revision, goals, mission };
}
