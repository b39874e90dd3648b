import { said, type Said } from '../../i18n/said';
import { saidSentences } from '../../i18n/said-list';
import type { RowProblem } from '../customers/csv/complaint-preview';

/** The problems named in a refusal: enough to start fixing the file, short enough to read. */
const namedProblems = 3;

/** "The file has 3 problems, so nothing was imported. The first: row 17, column 'Date': …" */
export function complaintsRefusal(count: number, first: RowProblem | undefined): Said {
  return said('imports.complaints.refusal', { count, detail: first?.message ?? '' });
}

/**
 * Why an import recorded nothing: "Nothing was imported: the file has 4 problems. Row 7, ….
 * Row 9, …. Row 12, …. (and 1 more)". `problems` are the first ones kept, `count` all of them.
 */
export function importRefusal(problems: readonly RowProblem[], count: number): Said {
  const named = problems.slice(0, namedProblems).map((problem) => problem.message);
  return said('imports.refusal', {
    count,
    named: named.length > 0 ? saidSentences(named) : '',
    more: Math.max(count - named.length, 0),
  });
}
