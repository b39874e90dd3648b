import { Alert, List, Stack, Text } from '@mantine/core';
import type { RowProblem } from '@shared/domain/customers/csv/complaint-preview';
import { useSay } from '../i18n/say';
import { useText } from '../i18n/use-text';

interface FileProblemsProps {
  /** The first problems, in row order. */
  problems: RowProblem[];
  /** Every problem, shown or not. */
  problemCount: number;
}

/** The rows of a CSV file that stop its import, each named, and what to do about them. */
export function FileProblems({ problems, problemCount }: FileProblemsProps) {
  const text = useText();
  const saying = useSay();
  if (problemCount === 0) return null;
  const hidden = problemCount - problems.length;
  return (
    <Alert color="red" variant="light" title={text('form.csv.problems', { count: problemCount })}>
      <Stack gap="xs">
        <Text size="sm">{text('form.csv.problems.fix')}</Text>
        <List spacing={4} size="sm" aria-label={text('form.csv.problems.label')}>
          {problems.map((problem) => {
            const message = saying(problem.message);
            return (
              <List.Item key={`${problem.row}-${problem.column}-${message}`}>{message}</List.Item>
            );
          })}
        </List>
        {hidden > 0 && <Text size="sm">{text('form.csv.problems.more', { count: hidden })}</Text>}
      </Stack>
    </Alert>
  );
}
