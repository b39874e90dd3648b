import { Text, TextInput, type TextInputProps } from '@mantine/core';
import { numberDraftText, type NumberDraft } from './number-draft';
import { stableField } from './stable-field';

interface NumberTextFieldProps extends Omit<TextInputProps, 'value' | 'inputMode' | 'type'> {
  /** The form's draft: a stored number, the text as typed, or null when empty. */
  value: NumberDraft;
  /** Shown inside the field's right end, such as "hours" or "%". */
  unit?: string;
  /** Whole counts get a keypad without a decimal point on touch screens. */
  whole?: boolean;
}

/**
 * Every number field: plain text, read by the shared number parser. Mantine's NumberInput is
 * not used because it rewrites what is typed before any rule sees it — it dropped the minus
 * from "-3" and read the comma of "1,200" as a decimal point — so a wrong number was saved
 * without a word. Here the text stays as typed and the schema's message says what is wrong.
 * Drawn again only when its own props change (stableField), not on every key in the form.
 */
export const NumberTextField = stableField(NumberTextFieldView);

function NumberTextFieldView({ value, unit = '', whole = false, ...props }: NumberTextFieldProps) {
  const shown = unit.trim();
  return (
    <TextInput
      inputMode={whole ? 'numeric' : 'decimal'}
      autoComplete="off"
      rightSection={
        shown === '' ? undefined : (
          <Text size="sm" c="dimmed" pr="xs" truncate="end">
            {shown}
          </Text>
        )
      }
      rightSectionWidth={shown === '' ? undefined : 96}
      {...props}
      value={numberDraftText(value)}
    />
  );
}
