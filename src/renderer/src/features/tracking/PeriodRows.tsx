import { Box, Grid, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { say } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import type { FieldErrors, ResultDraft } from './result-draft';

interface PeriodRowsProps {
  goals: readonly TrackedGoal[];
  rows: Readonly<Record<string, ResultDraft>>;
  errors: Readonly<Record<string, FieldErrors>>;
  onChange: (goalId: string, change: Partial<ResultDraft>) => void;
}

/**
 * One row a goal: the goal beside its result and where it comes from. Every box carries its
 * label, so a long list needs no column heading scrolled out of view, and on a narrow window
 * the boxes go under the goal instead of shrinking to a few letters. A screen reader hears the
 * goal's number with each label.
 */
export function PeriodRows({ goals, rows, errors, onChange }: PeriodRowsProps) {
  const text = useText();
  const resultLabel = text('tracking.field.result');
  const sourceLabel = text('tracking.field.source');
  return (
    <Stack component="ol" gap={0} m={0} p={0} aria-label={text('tracking.rows.list')}>
      {goals.map((goal) => {
        const row = rows[goal.id];
        if (!row) return null;
        const error = errors[goal.id] ?? {};
        const labelled = (field: string) =>
          text('tracking.rows.field', { number: goal.number, field });
        return (
          <Box
            component="li"
            key={goal.id}
            py="md"
            style={{
              listStyle: 'none',
              borderTop: '1px solid var(--mantine-color-gray-3)',
            }}
          >
            <Grid gap="md" align="flex-start">
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Text fw={600}>
                  {text('tracking.rows.goal', { number: goal.number, statement: goal.statement })}
                </Text>
                <Text size="sm" c="dimmed">
                  {text('tracking.rows.target', { target: say(text, goal.targetWords) })}
                </Text>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                  {goal.direction === 'yes-no' ? (
                    <NativeSelect
                      label={resultLabel}
                      aria-label={labelled(resultLabel)}
                      size="md"
                      data={[
                        { value: '', label: text('tracking.answer.none') },
                        { value: '1', label: text('tracking.answer.yes') },
                        { value: '0', label: text('tracking.answer.no') },
                      ]}
                      value={row.value}
                      onChange={(event) => onChange(goal.id, { value: event.currentTarget.value })}
                      error={error.value}
                    />
                  ) : (
                    <NumberTextField
                      label={resultLabel}
                      aria-label={labelled(resultLabel)}
                      unit={goal.unit}
                      value={row.value}
                      onChange={(event) => onChange(goal.id, { value: event.currentTarget.value })}
                      error={error.value}
                    />
                  )}
                  <TextInput
                    label={sourceLabel}
                    aria-label={labelled(sourceLabel)}
                    value={row.source}
                    onChange={(event) => onChange(goal.id, { source: event.currentTarget.value })}
                    error={error.source}
                  />
                </SimpleGrid>
              </Grid.Col>
            </Grid>
          </Box>
        );
      })}
    </Stack>
  );
}
