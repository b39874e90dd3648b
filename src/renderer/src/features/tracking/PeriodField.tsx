import { NativeSelect } from '@mantine/core';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import { printedDate } from '@shared/domain/printed-date';
import { DateField } from '../../form-kit/DateField';
import { periodWords, useWords } from './tracking-words';

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
  const words = useWords();
  const { text, language } = words;
  if (goal.periodKind === 'day') {
    return (
      <DateField
        label={text('tracking.field.day')}
        description={text('tracking.period.dayHint', {
          date: printedDate(approvedOn, language),
        })}
        value={value}
        onChange={onChange}
        error={error}
      />
    );
  }
  return (
    <NativeSelect
      label={text('tracking.field.period')}
      size="md"
      data={[
        { value: '', label: text('tracking.period.choose') },
        ...goal.periods.map(({ key }) => {
          const name = periodWords(words, goal.periodKind, key);
          return {
            value: key,
            label: recorded?.has(key) ? text('tracking.period.hasResult', { name }) : name,
          };
        }),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
