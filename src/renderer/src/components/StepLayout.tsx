import { Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface StepLayoutProps {
  number: number;
  title: string;
  intro: string;
  /** The save indicator, shown beside the title. */
  status: ReactNode;
  /** Help and the "to finish" list, shown beside the form on wide windows. */
  aside: ReactNode;
  /** Moves keyboard and screen-reader focus to the title, after the user changed step. */
  focusOnShow: boolean;
  children: ReactNode;
}

export function StepLayout(props: StepLayoutProps) {
  const { number, title, intro, status, aside, focusOnShow, children } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <div>
          <Text fw={700} c="blue.8" tt="uppercase" size="sm">
            Step {number}
          </Text>
          <Title order={2} ref={headingRef} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {title}
          </Title>
        </div>
        {status}
      </Group>
      <Text maw={720}>{intro}</Text>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">{children}</Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">{aside}</Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
