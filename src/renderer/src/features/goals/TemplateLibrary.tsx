import {
  Button,
  Checkbox,
  Grid,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { goalAreas } from '@shared/domain/goal-areas';
import type { GoalKind } from '@shared/domain/goal';
import type { GoalTemplate } from '@shared/domain/goal-template';
import { useApi } from '../../api/api-context';
import { RecordLoader } from '../../form-kit/RecordLoader';
import { useText } from '../../i18n/use-text';
import { areaTitle } from './goal-words';
import {
  filterTemplates,
  templateAvailability,
  type SystemFacts,
  type TemplateFilter,
} from './template-filter';
import { TemplateCard } from './TemplateCard';

interface TemplateLibraryProps {
  opened: boolean;
  /** The filters it opens with: this step's kind and step 2's areas. */
  initialFilter: TemplateFilter;
  /** What the system runs and has: a goal it cannot keep is shown disabled, with the reason. */
  facts: SystemFacts;
  usedTemplateIds: string[];
  onClose: () => void;
  /** Adds the goal and answers true once it is in the list; the library stays open for more. */
  onAdd: (template: GoalTemplate) => Promise<boolean>;
  /** False when the focus goes to a new goal instead of back to the button that opened it. */
  returnFocus: boolean;
}

const kindChoices: readonly (GoalKind | 'all')[] = ['internal', 'external', 'all'];

const kindChoiceKeys = {
  internal: 'goals.library.kindInternal',
  external: 'goals.library.kindExternal',
  all: 'goals.library.kindAll',
} as const;

/** Browse the library of ready-made goals and add as many as wanted, one after another. */
export function TemplateLibrary(props: TemplateLibraryProps) {
  const { opened, onClose, returnFocus } = props;
  const api = useApi();
  const text = useText();
  const load = useCallback(() => api['templates:list'](), [api]);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={text('goals.library.title')}
      size="72rem"
      returnFocus={returnFocus}
      closeButtonProps={{ 'aria-label': text('goals.library.closeLabel') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700 } }}
    >
      <RecordLoader
        load={load}
        loadingTitle={text('goals.library.opening')}
        failedTitle={text('goals.library.openFailed')}
      >
        {(templates) => <LibraryBody {...props} templates={templates} />}
      </RecordLoader>
    </Modal>
  );
}

function LibraryBody(props: TemplateLibraryProps & { templates: GoalTemplate[] }) {
  const { templates, initialFilter, facts, usedTemplateIds, onAdd, onClose } = props;
  const text = useText();
  const [filter, setFilter] = useState(initialFilter);
  // The goals added since the library opened, newest last, for the running count.
  const [added, setAdded] = useState<string[]>([]);
  const checked = filterTemplates(templates, filter).map((template) => ({
    template,
    availability: templateAvailability(template, facts, text),
  }));
  const addable = checked.filter((entry) => entry.availability.addable);
  const outOfReach = checked.filter((entry) => !entry.availability.addable);

  async function add(template: GoalTemplate): Promise<boolean> {
    const done = await onAdd(template);
    if (done) setAdded((current) => [...current, template.statement]);
    return done;
  }

  const card = ({ template, availability }: (typeof checked)[number]) => (
    <TemplateCard
      key={template.id}
      template={template}
      availability={availability}
      alreadyAdded={usedTemplateIds.includes(template.id)}
      onAdd={add}
    />
  );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 4 }}>
        {/* Stays in view while the list scrolls, so a filter, the count and Done are never far away. */}
        <Paper withBorder p="md" bg="gray.0" style={{ position: 'sticky', top: 0 }}>
          <Stack gap="lg">
            <Stack gap="xs">
              <Text fw={600} role="status">
                {added.length === 0 ? (
                  text('goals.library.addMany')
                ) : (
                  <>
                    {text('goals.library.addedSoFar', { count: added.length })}
                    {/* Said, not shown: the card itself is marked, and a long goal would push
                        the filters out of view. */}
                    <VisuallyHidden>
                      {` ${text('goals.library.lastAdded', { statement: added.at(-1) ?? '' })}`}
                    </VisuallyHidden>
                  </>
                )}
              </Text>
              <Button variant={added.length === 0 ? 'default' : 'filled'} onClick={onClose}>
                {text(added.length === 0 ? 'goals.library.close' : 'goals.library.done')}
              </Button>
            </Stack>
            <Checkbox.Group
              label={text('goals.library.areas')}
              description={text('goals.library.areasHint')}
              value={filter.areas}
              onChange={(values) =>
                setFilter({ ...filter, areas: goalAreas.filter((area) => values.includes(area)) })
              }
            >
              <Stack gap="xs" mt="xs">
                {goalAreas.map((area) => (
                  <Checkbox key={area} value={area} label={areaTitle(text, area)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Radio.Group
              label={text('goals.library.kind')}
              value={filter.kind}
              onChange={(value) =>
                setFilter({
                  ...filter,
                  kind: kindChoices.find((choice) => choice === value) ?? 'all',
                })
              }
            >
              <Stack gap="xs" mt="xs">
                {kindChoices.map((choice) => (
                  <Radio key={choice} value={choice} label={text(kindChoiceKeys[choice])} />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Stack gap="md">
          <Text fw={600} aria-live="polite">
            {checked.length === 0
              ? text('goals.library.noMatch')
              : text('goals.library.matches', {
                  addable: addable.length,
                  beyond: outOfReach.length,
                })}
          </Text>
          {addable.map(card)}
          {outOfReach.length > 0 && (
            <>
              <Title order={3} fz="md" mt="sm">
                {text('goals.library.beyond')}
              </Title>
              <Text size="sm" c="dimmed">
                {text('goals.library.beyondHint')}
              </Text>
              {outOfReach.map(card)}
            </>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
