import { Group, Radio } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { say } from '../../i18n/say';
import { useText } from '../../i18n/use-text';

interface ValueFieldProps {
  goal: Pick<TrackedGoal, 'direction' | 'unit' | 'targetWords'>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The result itself: a figure in the goal's unit, or Yes or No (kept as 1 and 0). */
export function ValueField({ goal, value, onChange, error }: ValueFieldProps) {
  const text = useText();
  const target = text('tracking.value.target', { target: say(text, goal.targetWords) });
  const label = text('tracking.field.result');
  if (goal.direction === 'yes-no') {
    return (
      <Radio.Group
        label={label}
        description={target}
        value={value}
        onChange={onChange}
        error={error}
      >
        <Group gap="xl" mt="xs">
          <Radio value="1" label={text('tracking.answer.yes')} />
          <Radio value="0" label={text('tracking.answer.no')} />
        </Group>
      </Radio.Group>
    );
  }
  return (
    <NumberTextField
      label={label}
      description={target}
      unit={goal.unit}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
