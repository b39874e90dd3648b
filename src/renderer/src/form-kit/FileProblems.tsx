import { Alert, List, Stack, Text } from '@mantine/core';
import type { RowProblem } from '@shared/domain/customers/csv/complaint-preview';
import { plural } from '@shared/domain/numbers/plural';

interface FileProblemsProps {
  /** The first problems, in row order. */
  problems: RowProblem[];
  /** Every problem, shown or not. */
  problemCount: number;
}

/** The rows of a CSV file that stop its import, each named, and what to do about them. */
export function FileProblems({ problems, problemCount }: FileProblemsProps) {
  if (problemCount === 0) return null;
  const hidden = problemCount - problems.length;
  return (
    <Alert
      color="red"
      variant="light"
      title={`${plural(problemCount, 'problem', 'problems')}: nothing can be imported until the file is fixed`}
    >
      <Stack gap="xs">
        <Text size="sm">
          Fix these rows in the spreadsheet (row 1 is the header), save it as CSV and choose it
          again, or choose other columns above.
        </Text>
        <List spacing={4} size="sm" aria-label="Problems in the file">
          {problems.map((problem) => (
            <List.Item key={`${problem.row}-${problem.column}-${problem.message}`}>
              {problem.message}
            </List.Item>
          ))}
        </List>
        {hidden > 0 && (
          <Text size="sm">…and {plural(hidden, 'more problem', 'more problems')}.</Text>
        )}
      </Stack>
    </Alert>
  );
}
