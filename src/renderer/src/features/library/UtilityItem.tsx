import { Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { UtilityEntry } from '@shared/api/library-contract';
import { standingLines, utilityName } from './utility-words';
import { whenText } from './when-text';

interface UtilityItemProps {
  entry: UtilityEntry;
  /** YYYY-MM-DD on the computer's calendar, to tell a review that is overdue. */
  today: string;
  /** Set while this utility is being opened or removed. */
  busy: 'open' | 'remove' | null;
  /** One change at a time: every button waits while another utility is being changed. */
  disabled: boolean;
  onOpen: () => void;
  onRemove: () => void;
}

/**
 * One utility: its name, system ID, last change and where its agreement stands, with Open
 * and Remove. On a wide window the buttons sit at the right; on a narrow one, below.
 */
export function UtilityItem({ entry, today, busy, disabled, onOpen, onRemove }: UtilityItemProps) {
  const nameId = useId();
  const whyNotRemoved = useId();
  const name = utilityName(entry.name);
  const facts = [
    entry.systemId === '' ? 'No system ID yet' : `System ID ${entry.systemId}`,
    ...(entry.lastChange === null ? [] : [`Last change ${whenText(entry.lastChange)}`]),
  ];
  return (
    <Box
      component="li"
      aria-labelledby={nameId}
      p="sm"
      bg={entry.open ? 'blue.0' : undefined}
      bd={`1px solid var(--mantine-color-${entry.open ? 'blue-3' : 'gray-3'})`}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 18rem', minWidth: 0 }}>
          <Group gap="sm">
            <Title order={4} id={nameId} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            {entry.open && (
              <Badge size="lg" tt="none" variant="filled">
                Open now
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
          <Text size="sm">
            {standingLines(entry.standing, today).map((line, index) => (
              <Text
                key={line.text}
                span
                inherit
                c={line.warning ? 'red.9' : undefined}
                fw={line.warning ? 700 : undefined}
              >
                {index > 0 && ' · '}
                {line.text}
              </Text>
            ))}
          </Text>
          {entry.open && (
            <Text size="sm" c="dimmed" id={whyNotRemoved}>
              The utility open now cannot be removed: open another one first.
            </Text>
          )}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {!entry.open && (
            <Button
              loading={busy === 'open'}
              disabled={disabled}
              aria-label={`Open ${name}`}
              onClick={onOpen}
            >
              Open
            </Button>
          )}
          <Button
            variant="default"
            loading={busy === 'remove'}
            disabled={entry.open || disabled}
            aria-label={`Remove ${name}`}
            aria-describedby={entry.open ? whyNotRemoved : undefined}
            onClick={onRemove}
          >
            Remove
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
