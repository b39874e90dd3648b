import { Button, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { FromLog, TrackedGoal } from '@shared/api/tracking-contract';
import { say } from '../../i18n/say';
import { keptWords, resultWords, useWords } from './tracking-words';

interface LogSourceProps {
  goal: TrackedGoal;
  fromLog: FromLog;
}

/** The log's results, newest first: a complaint log of years gives hundreds. */
const shownAtFirst = 12;

/**
 * Where a goal fed by a log gets its results, in place of "Record a result": the log named, how
 * to add to it, each year's figures in words, and the results and the events left out on demand.
 */
export function LogSource({ goal, fromLog }: LogSourceProps) {
  const words = useWords();
  const { text } = words;
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const newestFirst = [...fromLog.results].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, shownAtFirst);
  const more = fromLog.notCountedCount - fromLog.notCounted.length;
  const hasAny = fromLog.count > 0 || fromLog.notCountedCount > 0;
  return (
    <Stack gap={6}>
      <Text>
        <strong>{say(text, fromLog.origin)}.</strong> {say(text, fromLog.howToAdd)}
      </Text>
      {fromLog.years.map((line) => (
        <Text key={JSON.stringify(line)}>{say(text, line)}</Text>
      ))}
      {fromLog.caveat && (
        <Text size="sm" c="dimmed">
          {say(text, fromLog.caveat)}
        </Text>
      )}
      {hasAny && (
        <div>
          <Button variant="default" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
            {open ? text('tracking.log.hide') : text('tracking.log.show', { count: fromLog.count })}
          </Button>
        </div>
      )}
      {open && fromLog.count > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table
            striped
            verticalSpacing="xs"
            aria-label={text('tracking.log.table', { number: goal.number })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text('tracking.log.what')}</Table.Th>
                <Table.Th>{text('tracking.field.result')}</Table.Th>
                <Table.Th>{text('tracking.field.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((result) => (
                <Table.Tr key={result.key}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{say(text, result.what)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {resultWords(words, goal, result.value)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {keptWords(words, result.meets)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && newestFirst.length > shownAtFirst && (
        <div>
          <Button variant="subtle" onClick={() => setAll((was) => !was)}>
            {all
              ? text('tracking.log.showNewest', { count: shownAtFirst })
              : text('tracking.log.showAll', { count: newestFirst.length })}
          </Button>
        </div>
      )}
      {open && fromLog.count > newestFirst.length && (
        <Text size="sm">
          {text('tracking.log.newestOf', { shown: newestFirst.length, all: fromLog.count })}
        </Text>
      )}
      {open && fromLog.notCountedCount > 0 && (
        <div>
          <Text fw={600}>{text('tracking.log.notCounted')}</Text>
          <List spacing={2}>
            {fromLog.notCounted.map((line, index) => (
              // Two outages of one day can read alike; their order never changes.
              <List.Item key={index}>{say(text, line)}</List.Item>
            ))}
          </List>
          {more > 0 && <Text size="sm">{text('tracking.log.more', { count: more })}</Text>}
        </div>
      )}
    </Stack>
  );
}
