import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { GoalTemplate } from '@shared/domain/goal-template';
import { useText } from '../../i18n/use-text';
import { Term } from '../glossary/Term';
import { bold } from './bold';
import { areaTitle, kindLabel } from './goal-words';
import type { TemplateAvailability } from './template-filter';

interface TemplateCardProps {
  template: GoalTemplate;
  /** Whether the system can keep the promise, and if not, why. */
  availability: TemplateAvailability;
  alreadyAdded: boolean;
  /** Answers true once the goal is in the list. */
  onAdd: (template: GoalTemplate) => Promise<boolean>;
}

/**
 * One library goal: what it promises, how it is measured, a typical target and its source. A
 * goal the system cannot keep (no hydrants, no sewer) is shown with its Add button disabled and
 * the reason beside it, so the board sees at once what is out of reach and why.
 */
export function TemplateCard({ template, availability, alreadyAdded, onAdd }: TemplateCardProps) {
  const text = useText();
  const headingId = useId();
  const noteId = useId();
  const [adding, setAdding] = useState(false);
  const note = availability.addable ? availability.hint : availability.reason;
  return (
    <Paper
      component="article"
      aria-labelledby={headingId}
      withBorder
      p="md"
      bg={availability.addable ? undefined : 'gray.0'}
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Badge variant="light" size="xl" tt="none" c="dark.8">
            {areaTitle(text, template.area)}
          </Badge>
          <Badge variant="light" color="gray" size="xl" tt="none" c="dark.8">
            {kindLabel(text, template.kind)}
          </Badge>
        </Group>
        <Title order={3} fz="lg" id={headingId}>
          {template.statement}
        </Title>
        <Text>
          <FormattedMessage
            id="goals.template.measure"
            values={{
              b: bold,
              measure: template.measure,
              // The library's pressure goals measure in psi, which the words explained open at.
              unit: template.unit === 'psi' ? <Term id="psi">psi</Term> : template.unit,
            }}
          />
        </Text>
        <Text>
          <FormattedMessage
            id="goals.template.typical"
            values={{ b: bold, target: template.typicalTarget }}
          />
        </Text>
        <Text size="sm" c="dimmed">
          <FormattedMessage
            id="goals.template.source"
            values={{ b: bold, source: template.source }}
          />
        </Text>
        {note !== null && (
          <Text id={noteId} size="sm" fw={600} c={availability.addable ? 'dark.6' : 'red.9'}>
            {note}
          </Text>
        )}
        <Group justify="space-between" mt={4}>
          <Text size="sm" c={alreadyAdded ? 'green.9' : 'dimmed'} fw={alreadyAdded ? 600 : 400}>
            {alreadyAdded ? text('goals.template.inGoals') : ''}
          </Text>
          <Button
            loading={adding}
            disabled={!availability.addable}
            aria-describedby={note === null ? headingId : `${headingId} ${noteId}`}
            onClick={() => {
              setAdding(true);
              void onAdd(template).finally(() => setAdding(false));
            }}
          >
            {text(alreadyAdded ? 'goals.template.addAgain' : 'goals.template.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
