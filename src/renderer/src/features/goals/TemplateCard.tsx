import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { GoalTemplate } from '../../../../shared/domain/goal-template';
import { areaTitle, kindLabels } from './goal-words';

interface TemplateCardProps {
  template: GoalTemplate;
  alreadyAdded: boolean;
  onAdd: (template: GoalTemplate) => Promise<void>;
}

/** One library goal: what it promises, how it is measured, a typical target and its source. */
export function TemplateCard({ template, alreadyAdded, onAdd }: TemplateCardProps) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" size="xl" tt="none" c="dark.8">
            {areaTitle(template.area)}
          </Badge>
          <Badge variant="light" color="gray" size="xl" tt="none" c="dark.8">
            {kindLabels[template.kind]}
          </Badge>
        </Group>
        <Title order={3} fz="lg" id={headingId}>
          {template.statement}
        </Title>
        <Text>
          <strong>Measure:</strong> {template.measure} ({template.unit})
        </Text>
        <Text>
          <strong>Typical target:</strong> {template.typicalTarget}
        </Text>
        <Text size="sm" c="dimmed">
          <strong>Source:</strong> {template.source}
        </Text>
        <Group justify="space-between" mt={4}>
          <Text size="sm" c="dimmed">
            {alreadyAdded ? 'Already in your goals.' : ''}
          </Text>
          <Button
            loading={adding}
            aria-describedby={headingId}
            onClick={() => {
              setAdding(true);
              void onAdd(template).finally(() => setAdding(false));
            }}
          >
            Add this goal
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
