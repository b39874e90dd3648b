import { Group, Radio } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { actualLabels } from '@shared/domain/tracking/tracking-records';
import { NumberTextField } from '../../form-kit/NumberTextField';

interface ValueFieldProps {
  goal: Pick<TrackedGoal, 'direction' | 'unit' | 'targetWords'>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The result itself: a figure in the goal's unit, or Yes or No (kept as 1 and 0). */
export function ValueField({ goal, value, onChange, error }: ValueFieldProps) {
  const target = `The target: ${goal.targetWords}.`;
  if (goal.direction === 'yes-no') {
    return (
      <Radio.Group
        label={actualLabels.value}
        description={target}
        value={value}
        onChange={onChange}
        error={error}
      >
        <Group gap="xl" mt="xs">
          <Radio value="1" label="Yes" />
          <Radio value="0" label="No" />
        </Group>
      </Radio.Group>
    );
  }
  return (
    <NumberTextField
      label={actualLabels.value}
      description={target}
      unit={goal.unit}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
