import { List, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useText } from '../i18n/use-text';

/** "To finish this step": what is still missing, in plain words, updated as the user types. */
export function GapList({ gaps }: { gaps: string[] }) {
  const headingId = useId();
  const text = useText();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" bg="yellow.0">
      <Title order={3} id={headingId} mb="sm">
        {text('form.gaps.title')}
      </Title>
      {gaps.length === 0 ? (
        <Text c="green.9" fw={600}>
          {text('form.gaps.none')}
        </Text>
      ) : (
        <List spacing="xs">
          {gaps.map((gap) => (
            <List.Item key={gap}>{gap}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
