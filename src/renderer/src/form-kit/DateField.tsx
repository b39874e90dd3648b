import { ActionIcon, Loader, Popover, TextInput } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { readTypedDate, type TypedDate } from '@shared/domain/typed-date';
import { useScreenLanguage } from '../i18n/use-screen-language';
import { useText } from '../i18n/use-text';
import { say } from '../i18n/say';
import { dayInWordsIn } from './day-in-words';
import { stableField } from './stable-field';

interface DateFieldProps {
  label: string;
  /** What the date is for; how to write it is said by the placeholder and the field itself. */
  description?: string;
  /** YYYY-MM-DD, '' when not known, or typed text the field refused: the form holds it as is. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}

/**
 * Refused text goes to the form as typed, so the schema refuses it too: the step then says it
 * is not saved, and the last saved date stays, instead of a half-typed date replacing it.
 */
function formValueOf(reading: TypedDate, text: string): string {
  if (reading.kind === 'date') return reading.value;
  return reading.kind === 'empty' ? '' : text;
}

/**
 * Every date a person types, read by one rule (shared/domain/typed-date): 1/14/2027,
 * Jan 14 2027, 2027-01-14… The day it understood is shown under it in words, so a misread
 * date is seen before it is saved; impossible or ambiguous text is refused with a message.
 * Drawn again only when its own props change (stableField): its calendar button is a popover,
 * costly to draw on every keystroke elsewhere in the form.
 */
export const DateField = stableField(DateFieldView);

const CalendarPicker = lazy(() =>
  import('./CalendarPicker').then((code) => ({ default: code.CalendarPicker })),
);

function DateFieldView({ label, description, value, onChange, error }: DateFieldProps) {
  const [typed, setTyped] = useState(value);
  // The form value the text stands for; when the form's value moves away from it (a reload,
  // the other window), the text follows. Adjusted while rendering, as React advises.
  const [shown, setShown] = useState(value);
  const [typing, setTyping] = useState(false);
  const [picking, setPicking] = useState(false);
  const text = useText();
  const language = useScreenLanguage();
  if (value !== shown) {
    setShown(value);
    setTyped(value);
  }

  const reading = readTypedDate(typed, label);

  function change(next: string, stillTyping: boolean) {
    const meant = formValueOf(readTypedDate(next, label), next);
    setTyped(next);
    setShown(meant);
    setTyping(stillTyping);
    onChange(meant);
  }

  // While a date is still being typed ("1/14/20…") a refusal would only nag; it shows once
  // the person leaves the field or presses Enter. The form's own error for the same text is
  // the schema's plainer echo of it, so this field's message takes its place.
  let shownError: ReactNode = error;
  if (reading.kind === 'refused')
    shownError = typing ? undefined : keepDatesWhole(say(text, reading.message));
  const understood = reading.kind === 'date' ? dayInWordsIn(language, reading.value) : undefined;

  return (
    <TextInput
      label={label}
      description={description}
      placeholder={text('form.date.placeholder')}
      autoComplete="off"
      value={typed}
      onChange={(event) => change(event.currentTarget.value, true)}
      onBlur={() => setTyping(false)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setTyping(false);
      }}
      error={shownError}
      success={understood}
      // Mantine's success colour (teal.8) is under 4.5:1 on white; the day is information.
      successProps={{ 'aria-live': 'polite', style: { color: 'var(--mantine-color-text)' } }}
      withSuccessStyles={false}
      rightSectionPointerEvents="all"
      rightSection={
        <Popover opened={picking} onChange={setPicking} position="bottom-end" trapFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray.8"
              aria-label={text('form.date.pick', { label })}
              aria-expanded={picking}
              onClick={() => setPicking((open) => !open)}
            >
              <CalendarGlyph />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Suspense fallback={<Loader size="sm" aria-label={text('form.date.opening')} />}>
              <CalendarPicker
                value={reading.kind === 'date' ? reading.value : null}
                onPick={(day) => {
                  setPicking(false);
                  if (day !== null) change(day, false);
                }}
              />
            </Suspense>
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

/** A narrow column must not break "2027-01-14" at a hyphen, where it reads as two numbers. */
function keepDatesWhole(message: string): ReactNode {
  return message.split(/(\d{4}-\d{2}-\d{2})/).map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

function CalendarGlyph() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" stroke="currentColor" strokeWidth="2" />
      <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
