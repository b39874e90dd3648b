import { DatePicker } from '@mantine/dates';
import '@mantine/dates/styles.css';

interface CalendarPickerProps {
  /** YYYY-MM-DD, or null when the field holds no date it understood. */
  value: string | null;
  onPick: (day: string | null) => void;
}

/**
 * The month calendar a date field opens. Its own chunk (DateField loads it on first open):
 * Mantine's dates package is a fifteenth of the code step 1 would otherwise read at start-up.
 */
export function CalendarPicker({ value, onPick }: CalendarPickerProps) {
  return (
    <DatePicker
      size="md"
      // US calendars start on Sunday; red weekends would read as errors here.
      firstDayOfWeek={0}
      weekendDays={[]}
      value={value}
      defaultDate={value ?? undefined}
      onChange={onPick}
    />
  );
}
