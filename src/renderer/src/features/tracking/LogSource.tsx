import { Button, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { FromLog, TrackedGoal } from '@shared/api/tracking-contract';
import { resultWords } from './tracking-words';

interface LogSourceProps {
  goal: TrackedGoal;
  fromLog: FromLog;
}

/** The log's results, newest first: a complaint log of years gives hundreds. */
const shownAtFirst = 12;

function keptWords(meets: boolean | null): string {
  if (meets === null) return '—';
  return meets ? '✓ Kept' : '✗ Missed';
}

/**
 * Where a goal fed by a log gets its results, in place of "Record a result": the log named, how
 * to add to it, each year's figures in words, and the results and the events left out on demand.
 */
export function LogSource({ goal, fromLog }: LogSourceProps) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const newestFirst = [...fromLog.results].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, shownAtFirst);
  const more = fromLog.notCountedCount - fromLog.notCounted.length;
  const hasAny = fromLog.count > 0 || fromLog.notCountedCount > 0;
  return (
    <Stack gap={6}>
      <Text>
        <strong>{fromLog.origin}.</strong> {fromLog.howToAdd}
      </Text>
      {fromLog.years.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {fromLog.caveat && (
        <Text size="sm" c="dimmed">
          {fromLog.caveat}
        </Text>
      )}
      {hasAny && (
        <div>
          <Button variant="default" aria-expanded={open} onClick={() => setOpen((was) => !was)}>
            {open
              ? 'Hide the results from the log'
              : `Show the results from the log (${fromLog.count})`}
          </Button>
        </div>
      )}
      {open && fromLog.count > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table
            striped
            verticalSpacing="xs"
            aria-label={`Results of goal ${goal.number} from the log`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>What the log says</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Target</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((result) => (
                <Table.Tr key={result.key}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{result.what}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {resultWords(goal, result.value)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{keptWords(result.meets)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && newestFirst.length > shownAtFirst && (
        <div>
          <Button variant="subtle" onClick={() => setAll((was) => !was)}>
            {all ? `Show the newest ${shownAtFirst}` : `Show all ${newestFirst.length}`}
          </Button>
        </div>
      )}
      {open && fromLog.count > newestFirst.length && (
        <Text size="sm">
          The newest {newestFirst.length} of {fromLog.count} are listed; all of them count.
        </Text>
      )}
      {open && fromLog.notCountedCount > 0 && (
        <div>
          <Text fw={600}>Not counted</Text>
          <List spacing={2}>
            {fromLog.notCounted.map((line, index) => (
              // Two outages of one day can read alike; their order never changes.
              <List.Item key={`${index}-${line}`}>{line}</List.Item>
            ))}
          </List>
          {more > 0 && <Text size="sm">And {more} more like these.</Text>}
        </div>
      )}
    </Stack>
  );
}
