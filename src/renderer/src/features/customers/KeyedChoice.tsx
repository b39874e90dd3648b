import { Group, Kbd, Radio, SimpleGrid } from '@mantine/core';
import type { KeyboardEvent } from 'react';
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
}

function keyOf(index: number): string {
  return index === 9 ? '0' : String(index + 1);
}

/**
 * A radio group for fast entry: besides the arrow keys, a number key picks the option with that
 * number and a letter the next option starting with it, so a card is typed without the mouse.
 */
export function KeyedChoice(props: KeyedChoiceProps) {
  const { label, description, options, value, onChange, columns, showKeys = true } = props;
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
      label={
        showKeys && index < 10 ? (
          <Group gap={6} wrap="nowrap" component="span">
            <Kbd size="xs" aria-hidden c="gray.8">
              {keyOf(index)}
            </Kbd>
            <span>{option.label}</span>
          </Group>
        ) : (
          option.label
        )
      }
    />
  ));

  return (
    <div onKeyDown={onKeyDown}>
      <Radio.Group label={label} description={description} value={value} onChange={onChange}>
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
          <Group gap="sm" mt="xs">
            {radios}
          </Group>
        )}
      </Radio.Group>
    </div>
  );
}
