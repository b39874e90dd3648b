import { List, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';

/** "To finish this step": what is still missing, in plain words, updated as the user types. */
export function GapList({ gaps }: { gaps: string[] }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" bg="yellow.0">
      <Title order={3} id={headingId} mb="sm">
        To finish this step
      </Title>
      {gaps.length === 0 ? (
        <Text c="green.9" fw={600}>
          ✓ Everything this step needs is filled in.
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
