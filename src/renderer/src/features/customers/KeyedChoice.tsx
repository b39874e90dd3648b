import { Group, Kbd, Radio, SimpleGrid } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { optionForKey } from './type-ahead';

export interface ChoiceOption {
  value: string;
  label: string;
}

interface KeyedChoiceProps {
  label: string;
  description?: string;
  options: readonly ChoiceOption[];
  value: string;
  onChange: (value: string) => void;
  /** Columns on a wide screen; one row of options when left out. */
  columns?: number;
  /** Show each option's key beside it (left out where the label is the number itself). */
  showKeys?: boolean;
  /**
   * "question": a numbered question of the card, its label set apart; "line": one line of a
   * grid question, its label beside its answers as the card prints it.
   */
  shape?: 'question' | 'line';
}

/** The look of a question's label and of a grid line, shared with the check boxes. */
export const questionLabel = { fz: 'md', fw: 700 } as const;
const lineStyles = {
  root: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 16 },
  label: { flex: '0 0 13rem', fontWeight: 400 },
} as const;

function keyOf(index: number): string {
  return index === 9 ? '0' : String(index + 1);
}

/** An option's label with the number key that picks it beside it (the first ten have one). */
export function keyedLabel(index: number, label: string): ReactNode {
  if (index >= 10) return label;
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <Kbd size="xs" aria-hidden c="gray.8">
        {keyOf(index)}
      </Kbd>
      <span>{label}</span>
    </Group>
  );
}

/**
 * A radio group for fast entry: besides the arrow keys, a number key picks the option with that
 * number and a letter the next option starting with it, so a card is typed without the mouse.
 */
export function KeyedChoice(props: KeyedChoiceProps) {
  const { label, description, options, value, onChange, columns, showKeys = true, shape } = props;
  const titles = options.map((option) => option.label);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = options.findIndex((option) => option.value === value);
    const index = optionForKey(event.key, titles, current);
    const picked = index === null ? undefined : options[index];
    if (!picked) return;
    event.preventDefault();
    onChange(picked.value);
    // Focus follows the choice, so the arrow keys carry on from it.
    event.currentTarget
      .querySelector<HTMLInputElement>(`input[type="radio"][value="${picked.value}"]`)
      ?.focus();
  }

  const radios = options.map((option, index) => (
    <Radio
      key={option.value}
      value={option.value}
      label={showKeys ? keyedLabel(index, option.label) : option.label}
    />
  ));

  return (
    <div onKeyDown={onKeyDown}>
      <Radio.Group
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        labelProps={shape === 'question' ? questionLabel : undefined}
        styles={shape === 'line' ? lineStyles : undefined}
      >
        {columns ? (
          <SimpleGrid
            cols={{ base: 2, md: 3, lg: columns }}
            spacing="xs"
            verticalSpacing="xs"
            mt="xs"
          >
            {radios}
          </SimpleGrid>
        ) : (
          <Group gap={shape === 'line' ? 'xs' : 'sm'} mt={shape === 'line' ? 0 : 'xs'}>
            {radios}
          </Group>
        )}
      </Radio.Group>
    </div>
  );
}
