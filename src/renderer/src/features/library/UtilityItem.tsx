import { Badge, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { UtilityEntry } from '@shared/api/library-contract';
import { ExampleBadge } from './ExampleMarks';
import { standingLines, utilityName } from './utility-words';
import { whenText } from './when-text';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';

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
  const text = useText();
  const language = useScreenLanguage();
  const name = utilityName(text, entry.name);
  const facts = [
    entry.systemId === ''
      ? text('library.noSystemId')
      : text('library.systemId', { id: entry.systemId }),
    ...(entry.lastChange === null
      ? []
      : [text('library.lastChange', { when: whenText(text, entry.lastChange) })]),
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
            {entry.example && <ExampleBadge />}
            {entry.open && (
              <Badge size="lg" tt="none" variant="filled">
                {text('library.openNow')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
          <Text size="sm">
            {standingLines(text, language, entry.standing, today).map((line, index) => (
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
              {text('library.notRemovable')}
            </Text>
          )}
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {!entry.open && (
            <Button
              loading={busy === 'open'}
              disabled={disabled}
              aria-label={text('library.openLabel', { name })}
              onClick={onOpen}
            >
              {text('library.open')}
            </Button>
          )}
          <Button
            variant="default"
            loading={busy === 'remove'}
            disabled={entry.open || disabled}
            aria-label={text('library.removeLabel', { name })}
            aria-describedby={entry.open ? whyNotRemoved : undefined}
            onClick={onRemove}
          >
            {text('library.remove')}
          </Button>
        </Group>
      </Group>
    </Box>
  );
}
