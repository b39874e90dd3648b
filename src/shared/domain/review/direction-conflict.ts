import type { GoalFields } from '../goal';
import { readNumber } from '../numbers/read-number';

/** The two ways a one-sided target can work; a range or a yes/no has no side to contradict. */
type Side = 'at-most' | 'at-least';

/** Words in the goal's own sentence that say the opposite of "How the target works". */
export interface DirectionConflict {
  /** What the sentence says, as typed: "at least 500 gpm", "8 hours or less". */
  words: string;
  /** The side those words mean. */
  says: Side;
}

// Whole thousands with commas ("1,200") or plain digits, with an optional decimal part.
const number = String.raw`((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)`;

// Words before a number that set an upper or a lower bound: "within 4 hours", "at least 20 psi".
const before: Record<Side, string[]> = {
  'at-most': [
    'at most',
    'at or below',
    'at or under',
    'no more than',
    'not more than',
    'no longer than',
    'no later than',
    'not to exceed',
    'less than',
    'fewer than',
    'lower than',
    'shorter than',
    'a maximum of',
    'maximum of',
    'up to',
    'under',
    'below',
    'within',
  ],
  'at-least': [
    'at least',
    'at or above',
    'no less than',
    'not less than',
    'no fewer than',
    'more than',
    'greater than',
    'higher than',
    'a minimum of',
    'minimum of',
    'over',
    'above',
  ],
};

// Words after a number (and its unit) that do the same: "8 hours or less", "20 psi or more".
const after: Record<Side, string[]> = {
  'at-most': ['or less', 'or fewer', 'or lower', 'or below', 'or under', 'or sooner', 'or shorter'],
  'at-least': ['or more', 'or greater', 'or higher', 'or above', 'or over', 'or longer'],
};

const alternatives = (words: string[]) => words.map((word) => word.replace(/ /g, String.raw`\s+`));

/** "within 4 hours": the phrase and the number, then (looked at, not taken) what follows. */
function beforePattern(side: Side): RegExp {
  return new RegExp(
    String.raw`\b(?:${alternatives(before[side]).join('|')})\s+${number}(?=\s*(%|[a-z][a-z -]{0,30})?)`,
    'gi',
  );
}

/** "8 working hours or less": the number, up to four words of unit, then the phrase. */
function afterPattern(side: Side): RegExp {
  return new RegExp(
    String.raw`${number}\s*(%|[a-z-]+(?:\s+[a-z-]+){0,3}?)?\s+(?:${alternatives(after[side]).join('|')})\b`,
    'gi',
  );
}

const opposite: Record<Side, Side> = { 'at-most': 'at-least', 'at-least': 'at-most' };

type ConflictFields = Pick<GoalFields, 'statement' | 'direction' | 'target' | 'unit'>;

/**
 * Whether the words name the goal's own target: the same number, or the goal's unit right
 * after the number ("1 hour" for hours). "95% of calls answered within 1 day", an at-least goal
 * in %, is not a conflict: "within 1 day" bounds something else. With no target and no unit
 * yet, any bound in the sentence is taken to be the target's.
 */
function namesTarget(amount: string, unitWords: string, goal: ConflictFields): boolean {
  const read = readNumber(amount);
  if (goal.target !== null && read.kind === 'number' && read.value === goal.target) return true;
  if (goal.unit.trim() === '') return goal.target === null;
  return unitTyped(unitWords, goal.unit) !== '';
}

/** The goal's unit as the sentence writes it at the start of `words` ("hour" for hours), or ''. */
function unitTyped(words: string, unit: string): string {
  const wanted = unit.trim().toLowerCase();
  const singular = wanted.length > 1 && wanted.endsWith('s') ? wanted.slice(0, -1) : wanted;
  const text = words.trimStart();
  if (singular === '' || !text.toLowerCase().startsWith(singular)) return '';
  const whole = text.toLowerCase().startsWith(wanted) ? wanted : singular;
  return text.slice(0, whole.length);
}

/**
 * The first words in the goal's sentence that bound its target on the other side from the one
 * chosen: "at least 500 gpm" with "At most", "within 4 hours" with "At least". Null when they
 * agree, when nothing in the sentence bounds the target, and for a range, a yes/no or an
 * unchosen direction.
 */
export function directionConflict(goal: ConflictFields): DirectionConflict | null {
  const { direction, statement } = goal;
  if (direction !== 'at-most' && direction !== 'at-least') return null;
  const says = opposite[direction];
  for (const match of statement.matchAll(beforePattern(says))) {
    const unitWords = match[2] ?? '';
    if (namesTarget(match[1] ?? '', unitWords, goal)) {
      const unit = unitTyped(unitWords, goal.unit);
      const gap = unit === '' || unit === '%' ? '' : ' ';
      return { words: `${match[0].trim()}${gap}${unit}`, says };
    }
  }
  for (const match of statement.matchAll(afterPattern(says))) {
    if (namesTarget(match[1] ?? '', match[2] ?? '', goal)) {
      return { words: match[0].trim(), says };
    }
  }
  return null;
}
