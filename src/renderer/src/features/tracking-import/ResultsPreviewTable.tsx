import { Table } from '@mantine/core';
import type { ResultAction, ResultsPreview } from '@shared/domain/tracking/csv/results-preview';

const actionWords: Record<ResultAction, string> = {
  add: 'New',
  replace: 'Replaces the recorded result',
  already: 'Already recorded',
};

/** Each row as the import reads it: which goal, which period in words, the figure. */
export function ResultsPreviewTable({ rows }: { rows: ResultsPreview['rows'] }) {
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label="The results as they will be recorded"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Goal</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Where the figure comes from</Table.Th>
            <Table.Th>What happens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.goalNumber}</Table.Td>
              <Table.Td>{row.periodWords}</Table.Td>
              <Table.Td>{row.valueWords}</Table.Td>
              <Table.Td>{row.source}</Table.Td>
              <Table.Td>{actionWords[row.action]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
