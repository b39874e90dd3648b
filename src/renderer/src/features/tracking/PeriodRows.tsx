import { Box, Grid, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { actualLabels } from '@shared/domain/tracking/tracking-records';
import { NumberTextField } from '../../form-kit/NumberTextField';
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
  return (
    <Stack component="ol" gap={0} m={0} p={0} aria-label="Results for the period">
      {goals.map((goal) => {
        const row = rows[goal.id];
        if (!row) return null;
        const error = errors[goal.id] ?? {};
        const name = `Goal ${goal.number}`;
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
                  {name}. {goal.statement}
                </Text>
                <Text size="sm" c="dimmed">
                  Target: {goal.targetWords}
                </Text>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                  {goal.direction === 'yes-no' ? (
                    <NativeSelect
                      label={actualLabels.value}
                      aria-label={`${name}, ${actualLabels.value}`}
                      size="md"
                      data={[
                        { value: '', label: 'Not answered' },
                        { value: '1', label: 'Yes' },
                        { value: '0', label: 'No' },
                      ]}
                      value={row.value}
                      onChange={(event) => onChange(goal.id, { value: event.currentTarget.value })}
                      error={error.value}
                    />
                  ) : (
                    <NumberTextField
                      label={actualLabels.value}
                      aria-label={`${name}, ${actualLabels.value}`}
                      unit={goal.unit}
                      value={row.value}
                      onChange={(event) => onChange(goal.id, { value: event.currentTarget.value })}
                      error={error.value}
                    />
                  )}
                  <TextInput
                    label={actualLabels.source}
                    aria-label={`${name}, ${actualLabels.source}`}
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
