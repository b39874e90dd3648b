import { DatePicker } from '@mantine/dates';
import '@mantine/dates/styles.css';
// The month and day names of the Spanish calendar; English is dayjs's own.
import 'dayjs/locale/es';
import { useScreenLanguage } from '../i18n/use-screen-language';
import { useText } from '../i18n/use-text';

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
  const text = useText();
  const language = useScreenLanguage();
  return (
    <DatePicker
      size="md"
      locale={language}
      // US calendars start on Sunday; red weekends would read as errors here.
      firstDayOfWeek={0}
      weekendDays={[]}
      value={value}
      defaultDate={value ?? undefined}
      onChange={onPick}
      ariaLabels={{
        previousMonth: text('form.date.previousMonth'),
        nextMonth: text('form.date.nextMonth'),
        previousYear: text('form.date.previousYear'),
        nextYear: text('form.date.nextYear'),
        previousDecade: text('form.date.previousDecade'),
        nextDecade: text('form.date.nextDecade'),
        monthLevelControl: text('form.date.monthLevel'),
        yearLevelControl: text('form.date.yearLevel'),
      }}
    />
  );
}
