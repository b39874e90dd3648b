import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { feedbackTopicTitles } from '../../../../../shared/domain/customers/feedback-entry';
import type { ComplaintSummary } from '../../../../../shared/domain/customers/feedback-summary';
import { formatLogTime } from './format-log-time';
import { formatSpan } from './format-span';

/** How fast complaints were answered and fixed, topic by topic: the median and the 90th percentile. */
export function ResponseTimeTable({ summary }: { summary: ComplaintSummary }) {
  if (summary.total === 0) return null;
  const missingDates = summary.byTopic.some(
    (topic) => topic.responded.count < topic.count || topic.resolved.count < topic.count,
  );
  return (
    <Stack gap="xs">
      <Title order={4}>Response times by topic</Title>
      <Text size="sm">
        {summary.total.toLocaleString('en-US')} complaints received
        {summary.firstReceived &&
          summary.lastReceived &&
          ` from ${formatLogTime(summary.firstReceived.slice(0, 10))} to ${formatLogTime(summary.lastReceived.slice(0, 10))}`}
        . “90%”: nine complaints in ten were answered (or fixed) within that time.
      </Text>
      <Table.ScrollContainer minWidth={520} type="native">
        <Table
          striped
          withTableBorder
          fz="sm"
          verticalSpacing={4}
          aria-label="Response times by topic"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>Topic</Table.Th>
              <Table.Th rowSpan={2} ta="right">
                Complaints
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                Time to respond
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                Time to resolve
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th ta="right">Median</Table.Th>
              <Table.Th ta="right">
                90%<VisuallyHidden> within</VisuallyHidden>
              </Table.Th>
              <Table.Th ta="right">Median</Table.Th>
              <Table.Th ta="right">
                90%<VisuallyHidden> within</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byTopic.map((stats) => (
              <Table.Tr key={stats.topic}>
                <Table.Th scope="row" fw={500}>
                  {feedbackTopicTitles[stats.topic]}
                </Table.Th>
                <Table.Td ta="right">{stats.count.toLocaleString('en-US')}</Table.Td>
                <Table.Td ta="right">{formatSpan(stats.responded.medianHours)}</Table.Td>
                <Table.Td ta="right">{formatSpan(stats.responded.p90Hours)}</Table.Td>
                <Table.Td ta="right">{formatSpan(stats.resolved.medianHours)}</Table.Td>
                <Table.Td ta="right">{formatSpan(stats.resolved.p90Hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {missingDates && (
        <Text size="xs" c="dimmed">
          Times count only the complaints that have both dates; “—” means none of them has.
        </Text>
      )}
    </Stack>
  );
}
