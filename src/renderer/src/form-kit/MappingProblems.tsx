import { Alert, List } from '@mantine/core';
import type { Said } from '@shared/i18n/said';
import { useSay } from '../i18n/say';
import { useText } from '../i18n/use-text';

/** Why the chosen columns cannot be used yet (a needed column not chosen, one the file lacks). */
export function MappingProblems({ problems }: { problems: Said[] }) {
  const text = useText();
  const saying = useSay();
  if (problems.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={text('form.csv.chooseColumns')}>
      <List spacing={4}>
        {problems
          .map((problem) => saying(problem))
          .map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
      </List>
    </Alert>
  );
}
