import { Checkbox, Grid, Modal, Paper, Radio, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { goalAreas } from '../../../../shared/domain/goal-areas';
import type { GoalKind } from '../../../../shared/domain/goal';
import type { GoalTemplate } from '../../../../shared/domain/goal-template';
import { systemTypes } from '../../../../shared/domain/utility';
import { useApi } from '../../api/api-context';
import { RecordLoader } from '../../wizard/RecordLoader';
import { systemTypeLabels } from '../utility/utility-draft';
import { areaTitle } from './goal-words';
import { filterTemplates, type TemplateFilter } from './template-filter';
import { TemplateCard } from './TemplateCard';

interface TemplateLibraryProps {
  opened: boolean;
  /** The filters it opens with: this step's kind, step 2's areas, step 1's system type. */
  initialFilter: TemplateFilter;
  usedTemplateIds: string[];
  onClose: () => void;
  /** Adds the goal; the list closes the library and opens the new goal. */
  onAdd: (template: GoalTemplate) => Promise<void>;
  /** False when the focus goes to the new goal instead of back to the button that opened it. */
  returnFocus: boolean;
}

const kindChoices: { value: GoalKind | 'all'; label: string }[] = [
  { value: 'internal', label: 'Internal' },
  { value: 'external', label: 'External' },
  { value: 'all', label: 'Internal and external' },
];

/** Browse the library of ready-made goals and add one to the list. */
export function TemplateLibrary(props: TemplateLibraryProps) {
  const { opened, onClose, returnFocus } = props;
  const api = useApi();
  const load = useCallback(() => api['templates:list'](), [api]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Goal library"
      size="72rem"
      returnFocus={returnFocus}
      closeButtonProps={{ 'aria-label': 'Close the goal library' }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700 } }}
    >
      <RecordLoader
        load={load}
        loadingTitle="Opening the library…"
        failedTitle="Could not open the library"
      >
        {(templates) => <LibraryBody {...props} templates={templates} />}
      </RecordLoader>
    </Modal>
  );
}

function LibraryBody(props: TemplateLibraryProps & { templates: GoalTemplate[] }) {
  const { templates, initialFilter, usedTemplateIds, onAdd } = props;
  const [filter, setFilter] = useState(initialFilter);
  const shown = filterTemplates(templates, filter);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        {/* Stays in view while the list scrolls, so a filter is never far away. */}
        <Paper withBorder p="md" bg="gray.0" style={{ position: 'sticky', top: 0 }}>
          <Stack gap="lg">
            <Checkbox.Group
              label="Goal areas"
              description="None ticked shows every area."
              value={filter.areas}
              onChange={(values) =>
                setFilter({ ...filter, areas: goalAreas.filter((area) => values.includes(area)) })
              }
            >
              <Stack gap="xs" mt="xs">
                {goalAreas.map((area) => (
                  <Checkbox key={area} value={area} label={areaTitle(area)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Radio.Group
              label="Internal or external"
              value={filter.kind}
              onChange={(value) =>
                setFilter({
                  ...filter,
                  kind: kindChoices.find((choice) => choice.value === value)?.value ?? 'all',
                })
              }
            >
              <Stack gap="xs" mt="xs">
                {kindChoices.map((choice) => (
                  <Radio key={choice.value} value={choice.value} label={choice.label} />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group
              label="For a system that runs"
              value={filter.system}
              onChange={(value) =>
                setFilter({
                  ...filter,
                  system: systemTypes.find((type) => type === value) ?? 'both',
                })
              }
            >
              <Stack gap="xs" mt="xs">
                {systemTypes.map((type) => (
                  <Radio key={type} value={type} label={systemTypeLabels[type]} />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Stack gap="md">
          <Text fw={600} aria-live="polite">
            {shown.length === 0
              ? 'No library goals match. Tick more areas, or choose “Internal and external”.'
              : `${shown.length} library ${shown.length === 1 ? 'goal matches' : 'goals match'}.`}
          </Text>
          {shown.map((template) => (
            <TemplateCard
              key={template.id}
              template={template}
              alreadyAdded={usedTemplateIds.includes(template.id)}
              onAdd={onAdd}
            />
          ))}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
