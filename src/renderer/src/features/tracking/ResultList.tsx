import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useRef, useState } from 'react';
import type { TrackedGoal } from '@shared/api/tracking-contract';
import type { Actual } from '@shared/domain/tracking/tracking-records';
import { periodWords, resultWords, useWords } from './tracking-words';

/** A daily goal gathers hundreds of results; the newest are what a board looks at. */
const shownAtFirst = 12;

interface ResultListProps {
  goal: TrackedGoal;
  /** Answers whether the result was deleted. */
  onDelete: (actual: Actual) => Promise<boolean>;
}

/** A goal's results, newest first, each with Delete. */
export function ResultList({ goal, onDelete }: ResultListProps) {
  const words = useWords();
  const { text } = words;
  const [all, setAll] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const newestFirst = [...goal.actuals].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, shownAtFirst);
  if (newestFirst.length === 0) return <Text>{text('tracking.list.none')}</Text>;

  async function remove(actual: Actual) {
    // The row and its button go: the focus goes to the list rather than to the page's top.
    if (await onDelete(actual)) table.current?.focus();
  }

  return (
    <>
      <Table.ScrollContainer minWidth={520}>
        <Table
          ref={table}
          tabIndex={-1}
          striped
          verticalSpacing="xs"
          aria-label={text('tracking.list.table', { number: goal.number })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text('tracking.field.period')}</Table.Th>
              <Table.Th>{text('tracking.field.result')}</Table.Th>
              <Table.Th>{text('tracking.field.source')}</Table.Th>
              <Table.Th>{text('tracking.field.note')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{text('tracking.list.delete')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((actual) => {
              const period = periodWords(words, goal.periodKind, actual.period);
              return (
                <Table.Tr key={actual.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{period}</Table.Td>
                  <Table.Td>{resultWords(words, goal, actual.value)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{actual.source || '—'}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                    {actual.note || '—'}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      variant="default"
                      size="sm"
                      aria-label={text('tracking.list.deleteOne', { period })}
                      onClick={() => void remove(actual)}
                    >
                      {text('tracking.list.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {newestFirst.length > shownAtFirst && (
        <Button variant="subtle" onClick={() => setAll((shownAll) => !shownAll)}>
          {all
            ? text('tracking.list.showNewest')
            : text('tracking.list.showAll', { count: newestFirst.length })}
        </Button>
      )}
    </>
  );
}
