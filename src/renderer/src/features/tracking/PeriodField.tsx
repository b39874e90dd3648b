import { NativeSelect } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { plainDate } from '@shared/domain/plain-date';
import { DateField } from '../../form-kit/DateField';

interface PeriodFieldProps {
  /** The goals' period kind and choices (every goal of one kind has the same choices). */
  goal: Pick<TrackedGoal, 'periodKind' | 'periods'>;
  /** The day of the approval: a goal kept by the day takes any day from it to today. */
  approvedOn: string;
  value: string;
  onChange: (period: string) => void;
  error?: string;
  /** Periods that already have a result, marked in the list so a replacement is no surprise. */
  recorded?: ReadonlySet<string>;
}

/** Which period a result is for: one of the goal's periods, or a day typed or picked. */
export function PeriodField(props: PeriodFieldProps) {
  const { goal, approvedOn, value, onChange, error, recorded } = props;
  if (goal.periodKind === 'day') {
    return (
      <DateField
        label="Day"
        description={`Any day from ${plainDate(approvedOn)}, when the board approved the agreement, to today.`}
        value={value}
        onChange={onChange}
        error={error}
      />
    );
  }
  return (
    <NativeSelect
      label="Period"
      size="md"
      data={[
        { value: '', label: 'Choose the period' },
        ...goal.periods.map(({ key, name }) => ({
          value: key,
          label: recorded?.has(key) ? `${name} (has a result)` : name,
        })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
