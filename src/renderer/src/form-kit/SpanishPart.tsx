import { Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface SpanishPartProps {
  /** Something is written in Spanish already: the fields show at once. */
  written: boolean;
  /** An approved revision: nothing can be written, so the button to start is left out. */
  frozen: boolean;
  /** One line saying what the Spanish is for. */
  why: string;
  /** The button that shows the fields, such as "Write this goal in Spanish". */
  openLabel: string;
  /** Said on an approved revision with nothing written. */
  noneWritten?: string;
  /** What already prints in Spanish without typing, shown while the fields are hidden. */
  already?: string | null;
  children: ReactNode;
}

/**
 * The optional Spanish wording of what the board writes: a line saying what it is for and a
 * button to show the fields, so a board that works in English sees one calm line, and the
 * fields show by themselves once anything is written.
 */
export function SpanishPart(props: SpanishPartProps) {
  const { written, frozen, why, openLabel, noneWritten, already, children } = props;
  const [opened, setOpened] = useState(false);
  const fields = useRef<HTMLDivElement>(null);
  const shown = written || opened;
  // The button is gone once pressed: the first field takes the focus it had.
  useEffect(() => {
    if (opened) fields.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [opened]);
  return (
    <Stack gap="sm" ref={fields}>
      <Text c="dimmed">{why}</Text>
      {shown && children}
      {!shown && frozen && noneWritten && <Text>{noneWritten}</Text>}
      {!shown && !frozen && (
        <Stack gap="xs" align="flex-start">
          {already && <Text>{already}</Text>}
          <Button variant="light" onClick={() => setOpened(true)}>
            {openLabel}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
