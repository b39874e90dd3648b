import type { RowProblem } from '../../src/shared/domain/customers/csv/complaint-preview';
import type { Said } from '../../src/shared/i18n/said';
import { sayIn } from '../../src/shared/i18n/say-in';

/** A shared sentence as an English reader sees it; undefined stays undefined (no such problem). */
export function english(message: Said): string;
export function english(message: Said | undefined): string | undefined;
export function english(message: Said | undefined): string | undefined {
  return message === undefined ? undefined : sayIn(message, 'en');
}

/** An import's problems with their messages in English, as the tests compare them. */
export function englishProblems(problems: readonly RowProblem[]) {
  return problems.map((problem) => ({ ...problem, message: english(problem.message) }));
}
