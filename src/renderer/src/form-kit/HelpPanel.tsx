import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useText } from '../i18n/use-text';

export interface StepHelp {
  /** Who fills the step in, such as "Operator supplies, board decides". */
  who: string;
  points: { heading: string; text: string }[];
}

/** A short, plain-language explanation beside each step. */
export function HelpPanel({ help }: { help: StepHelp }) {
  const headingId = useId();
  const text = useText();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'sm', xs: 'lg' }}
      bg="blue.0"
    >
      <Stack gap="md">
        <Title order={3} id={headingId}>
          {text('form.help.title')}
        </Title>
        <div>
          <Text fw={700}>{text('form.help.who')}</Text>
          <Text c="blue.9" fw={600}>
            {help.who}
          </Text>
        </div>
        {help.points.map((point) => (
          <div key={point.heading}>
            <Text fw={700}>{point.heading}</Text>
            <Text>{point.text}</Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
