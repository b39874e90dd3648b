import { Table } from '@mantine/core';
import type { ResultAction, ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';

const actionWords = {
  add: 'tracking.import.action.add',
  replace: 'tracking.import.action.replace',
  already: 'tracking.import.action.already',
} as const satisfies Record<ResultAction, string>;

/** Each row as the import reads it: which goal, which period in words, the figure. */
export function ResultsPreviewTable({ rows }: { rows: ResultsPreview['rows'] }) {
  const text = useText();
  const saying = useSay();
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label={text('tracking.import.asRecorded')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{text('tracking.import.row')}</Table.Th>
            <Table.Th>{text('tracking.field.goal')}</Table.Th>
            <Table.Th>{text('tracking.field.period')}</Table.Th>
            <Table.Th>{text('tracking.field.result')}</Table.Th>
            <Table.Th>{text('tracking.field.source')}</Table.Th>
            <Table.Th>{text('tracking.import.happens')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.goalNumber}</Table.Td>
              <Table.Td>{saying(row.periodWords)}</Table.Td>
              <Table.Td>{saying(row.valueWords)}</Table.Td>
              <Table.Td>{row.source}</Table.Td>
              <Table.Td>{text(actionWords[row.action])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
