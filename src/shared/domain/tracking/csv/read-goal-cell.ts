import { said, type Said } from '../../../i18n/said';
import { quotedCell } from '../../customers/csv/quoted-cell';

/** What a goal cell is matched against: the goal's number as printed, and its statement. */
export interface GoalChoice {
  number: number;
  statement: string;
}

// "3", "Goal 3", "goal #3", "Goal no. 3", "Meta 3", and "3.0" as a spreadsheet may export it.
const numbered =
  /^(?:(?:goal|meta|objetivo)\s*)?(?:(?:no\.?|number|n[uú]mero|#)\s*)?(\d+)(?:\.0+)?$/i;

/** A statement compared as people retype it: any case and spacing, with or without its final stop. */
function comparable(statement: string): string {
  return statement.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLowerCase();
}

/** "Goal: …": a goal cell's problem, named as the form names the goal. */
function goalProblem(detail: Said): { problem: Said } {
  return {
    problem: said('imports.field', { label: said('validation.label.goal.statement'), detail }),
  };
}

/**
 * The goal a cell names, by its number as the agreement prints it ("3", "Goal 3") or by its exact
 * statement; or why it names none, starting "Goal: …".
 */
export function readGoalCell<G extends GoalChoice>(
  cell: string,
  goals: readonly G[],
): { goal: G } | { problem: Said } {
  const typed = cell.trim();
  if (typed === '') return goalProblem(said('imports.results.goalEmpty'));
  const numberMatch = numbered.exec(typed);
  if (numberMatch) {
    const number = Number(numberMatch[1]);
    const goal = goals.find((candidate) => candidate.number === number);
    if (goal) return { goal };
    const numbers = goals.map((candidate) => candidate.number);
    return goalProblem(
      said('imports.results.noSuchGoal', {
        number,
        first: Math.min(...numbers),
        last: Math.max(...numbers),
      }),
    );
  }
  const wanted = comparable(typed);
  const matches = goals.filter((goal) => comparable(goal.statement) === wanted);
  const [goal] = matches;
  if (goal && matches.length === 1) return { goal };
  if (matches.length > 1) {
    return goalProblem(said('imports.results.manyStatements', { cell: quotedCell(typed) }));
  }
  return goalProblem(said('imports.results.unknownGoal', { cell: quotedCell(typed) }));
}
