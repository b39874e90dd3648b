import { Table, Text } from '@mantine/core';
import type { PreviewRow } from '@shared/domain/customers/csv/complaint-preview';
import { spanBetween } from '@shared/domain/customers/span-between';
import { formatLogTime, logTimeParts } from './format-log-time';
import { spanAfter } from './span-words';
import { topicTitle } from '@shared/domain/customers/topic-words';

/** Enough rows to see that the columns and dates were read right, without a long page. */
const shownRows = 5;

function after(row: PreviewRow, end: 'responded' | 'resolved') {
  return (
    <Table.Td title={formatLogTime(row[end])} style={{ whiteSpace: 'nowrap' }}>
      {spanAfter(spanBetween(row.received, row[end]))}
    </Table.Td>
  );
}

/** The first rows of the file as the import would store them, with their suggested topics. */
export function SampleTable({ sample }: { sample: PreviewRow[] }) {
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label={`The first ${Math.min(shownRows, sample.length)} rows as they will be stored`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Responded</Table.Th>
            <Table.Th>Resolved</Table.Th>
            <Table.Th>Complaint</Table.Th>
            <Table.Th>Topic</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sample.slice(0, shownRows).map((row) => {
            const received = logTimeParts(row.received);
            return (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {received.date}
                  {received.clock && <Text size="xs">{received.clock}</Text>}
                </Table.Td>
                {after(row, 'responded')}
                {after(row, 'resolved')}
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {[row.category, row.description].filter(Boolean).join(' — ')}
                  </Text>
                </Table.Td>
                <Table.Td>{topicTitle(row.topic)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
