import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** A titled block of one step's form. */
export function FormSection(props: { title: string; hint?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    // Less padding on a phone-sized window, where every pixel of width holds the fields.
    <Paper component="section" aria-labelledby={headingId} withBorder p={{ base: 'sm', xs: 'lg' }}>
      <Stack gap="md">
        <div>
          <Title order={3} id={headingId}>
            {props.title}
          </Title>
          {props.hint && <Text c="dimmed">{props.hint}</Text>}
        </div>
        {props.children}
      </Stack>
    </Paper>
  );
}
