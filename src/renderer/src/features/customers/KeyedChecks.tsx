import { Checkbox, SimpleGrid } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { keyedLabel, questionLabel, type ChoiceOption } from './KeyedChoice';
import { optionForKey } from './type-ahead';

interface KeyedChecksProps {
  label: string;
  options: readonly ChoiceOption[];
  /** The values marked, in the options' order. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Columns on a wide screen. */
  columns: number;
}

const nextKeys = new Set(['ArrowDown', 'ArrowRight']);
const previousKeys = new Set(['ArrowUp', 'ArrowLeft']);

/**
 * Check boxes for fast entry, "mark all that apply": the group is one stop for Tab, as a radio
 * group is; a number key marks or clears the box with that number, a letter goes to the next box
 * starting with it, the arrow keys move and Space marks, so a card is typed without the mouse.
 */
export function KeyedChecks({ label, options, value, onChange, columns }: KeyedChecksProps) {
  const [active, setActive] = useState(0);
  const titles = options.map((option) => option.label);

  // Kept in the options' order, whatever order the boxes were marked in.
  const inOrder = (marked: ReadonlySet<string>) =>
    onChange(options.map((option) => option.value).filter((option) => marked.has(option)));

  function toggle(picked: string) {
    const marked = new Set(value);
    if (marked.has(picked)) marked.delete(picked);
    else marked.add(picked);
    inOrder(marked);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input')];
    const current = boxes.findIndex((box) => box === document.activeElement);
    const step = nextKeys.has(event.key) ? 1 : previousKeys.has(event.key) ? -1 : 0;
    const index =
      step !== 0
        ? (current + step + boxes.length) % boxes.length
        : optionForKey(event.key, titles, current);
    if (index === null) return;
    event.preventDefault();
    if (/^[0-9]$/.test(event.key)) toggle(options[index]!.value);
    boxes[index]?.focus();
  }

  return (
    <div onKeyDown={onKeyDown}>
      <Checkbox.Group
        label={label}
        labelProps={questionLabel}
        value={[...value]}
        onChange={(marked) => inOrder(new Set(marked))}
      >
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: columns }}
          spacing="xs"
          verticalSpacing="xs"
          mt="xs"
        >
          {options.map((option, index) => (
            <Checkbox
              key={option.value}
              value={option.value}
              label={keyedLabel(index, option.label)}
              tabIndex={index === active ? 0 : -1}
              onFocus={() => setActive(index)}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </div>
  );
}
