import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ComplaintSummary, SpanStats } from '@shared/domain/customers/feedback-summary';
import { formatSpanFigure } from '@shared/domain/customers/format-span';
import {
  leftOutNote,
  splitComplaintTopics,
  topicApplies,
} from '@shared/domain/customers/topic-applies';
import type { SystemType } from '@shared/domain/utility';
import { stepName } from '../../../form-kit/step-titles';
import { useStableOrder } from '../stable-order';
import { formatLogTime } from './format-log-time';
import { topicTitle } from '@shared/domain/customers/topic-words';

function figures(stats: SpanStats) {
  return (
    <>
      <Table.Td ta="right">{formatSpanFigure(stats.medianHours, stats.unit)}</Table.Td>
      <Table.Td ta="right">{formatSpanFigure(stats.p90Hours, stats.unit)}</Table.Td>
    </>
  );
}

interface ResponseTimeTableProps {
  summary: ComplaintSummary;
  /** Step 1's: a topic the agreement does not cover is marked, and a note says so. */
  systemType: SystemType | null;
}

/**
 * How fast complaints were answered and fixed, topic by topic: the median and the 90th
 * percentile. Topics keep the order they had when the tab opened while topics are corrected
 * in the list below, so the table does not reshuffle above the user's work.
 */
export function ResponseTimeTable({ summary, systemType }: ResponseTimeTableProps) {
  const order = useStableOrder(summary.byTopic.map((stats) => stats.topic));
  if (summary.total === 0) return null;
  const byTopic = order.flatMap((topic) => summary.byTopic.filter((row) => row.topic === topic));
  const note = leftOutNote(splitComplaintTopics(byTopic, systemType).leftOut, systemType);
  const missingDates = summary.byTopic.some(
    (topic) => topic.responded.count < topic.count || topic.resolved.count < topic.count,
  );
  const inDays = summary.byTopic.some(
    (topic) => topic.responded.unit === 'days' || topic.resolved.unit === 'days',
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
            {byTopic.map((stats) => (
              <Table.Tr key={stats.topic}>
                <Table.Th scope="row" fw={500}>
                  {topicTitle(stats.topic)}
                  {!topicApplies(stats.topic, systemType) && (
                    <Text span size="xs" c="dimmed" display="block">
                      Left out of the agreement
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">{stats.count.toLocaleString('en-US')}</Table.Td>
                {figures(stats.responded)}
                {figures(stats.resolved)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {note !== null && (
        <Text size="sm" fw={600}>
          The agreement leaves these complaints out and says instead: “{note}” If the system type is
          wrong, correct it in {stepName('utility')}.
        </Text>
      )}
      {inDays && (
        <Text size="xs" c="dimmed">
          Times in days count calendar days: the log gives some or all of those complaints a date
          without a time of day, so their times cannot be told in hours. “Same day” means handled on
          the day it came in; “1 day”, the day after.
        </Text>
      )}
      {missingDates && (
        <Text size="xs" c="dimmed">
          Times count only the complaints that have both dates; “—” means none of them has.
        </Text>
      )}
    </Stack>
  );
}
