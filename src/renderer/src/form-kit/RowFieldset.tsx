import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useText } from '../i18n/use-text';

interface RowFieldsetProps {
  /** "Board member 2": names the group for screen readers and the remove button. */
  legend: string;
  onRemove: () => void;
  children: ReactNode;
}

/** One row of a list (a board member, an operator), with its own Remove button. */
export function RowFieldset({ legend, onRemove, children }: RowFieldsetProps) {
  const text = useText();
  return (
    <Fieldset
      legend={legend}
      radius="md"
      p={{ base: 'sm', xs: 'md' }}
      styles={{ legend: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        {children}
        <Group justify="flex-end">
          <Button
            variant="outline"
            color="red.9"
            onClick={onRemove}
            aria-label={text('form.remove.label', { legend })}
          >
            {text('form.remove')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
