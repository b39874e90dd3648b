import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ComplaintSummary, SpanStats } from '@shared/domain/customers/feedback-summary';
import { splitComplaintTopics, topicApplies } from '@shared/domain/customers/topic-applies';
import { formatNumber } from '@shared/domain/numbers/number-text';
import { feedbackTerms } from '@shared/pdf/feedback-section-words';
import type { SystemType } from '@shared/domain/utility';
import { stepNameIn } from '../../../form-kit/step-titles';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText, type Text as Translate } from '../../../i18n/use-text';
import { useStableOrder } from '../stable-order';
import { formatLogTime } from './format-log-time';
import { spanFigure } from './span-words';

function figures(text: Translate, stats: SpanStats) {
  return (
    <>
      <Table.Td ta="right">{spanFigure(text, stats.medianHours, stats.unit)}</Table.Td>
      <Table.Td ta="right">{spanFigure(text, stats.p90Hours, stats.unit)}</Table.Td>
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
  const text = useText();
  const language = useScreenLanguage();
  if (summary.total === 0) return null;
  const byTopic = order.flatMap((topic) => summary.byTopic.filter((row) => row.topic === topic));
  // Quoted as the agreement prints it, in the screen's language.
  const note = feedbackTerms[language].leftOut(
    splitComplaintTopics(byTopic, systemType).leftOut,
    systemType,
  );
  const total = formatNumber(summary.total, language);
  const { firstReceived: first, lastReceived: last } = summary;
  const missingDates = summary.byTopic.some(
    (topic) => topic.responded.count < topic.count || topic.resolved.count < topic.count,
  );
  const inDays = summary.byTopic.some(
    (topic) => topic.responded.unit === 'days' || topic.resolved.unit === 'days',
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{text('complaints.times.title')}</Title>
      <Text size="sm">
        {first && last
          ? text('complaints.times.receivedBetween', {
              count: total,
              first: formatLogTime(first.slice(0, 10), language),
              last: formatLogTime(last.slice(0, 10), language),
            })
          : text('complaints.times.received', { count: total })}{' '}
        {text('complaints.times.ninety')}
      </Text>
      <Table.ScrollContainer minWidth={520} type="native">
        <Table
          striped
          withTableBorder
          fz="sm"
          verticalSpacing={4}
          aria-label={text('complaints.times.title')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2}>{text('complaints.times.topic')}</Table.Th>
              <Table.Th rowSpan={2} ta="right">
                {text('complaints.times.complaints')}
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                {text('complaints.times.respond')}
              </Table.Th>
              <Table.Th colSpan={2} ta="center">
                {text('complaints.times.resolve')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              <Table.Th ta="right">{text('complaints.times.median')}</Table.Th>
              <Table.Th ta="right">
                90%<VisuallyHidden>{text('complaints.times.within')}</VisuallyHidden>
              </Table.Th>
              <Table.Th ta="right">{text('complaints.times.median')}</Table.Th>
              <Table.Th ta="right">
                90%<VisuallyHidden>{text('complaints.times.within')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byTopic.map((stats) => (
              <Table.Tr key={stats.topic}>
                <Table.Th scope="row" fw={500}>
                  {text(`evidence.topic.${stats.topic}`)}
                  {!topicApplies(stats.topic, systemType) && (
                    <Text span size="xs" c="dimmed" display="block">
                      {text('complaints.times.leftOut')}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td ta="right">{formatNumber(stats.count, language)}</Table.Td>
                {figures(text, stats.responded)}
                {figures(text, stats.resolved)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {note !== null && (
        <Text size="sm" fw={600}>
          {text('complaints.times.note', { note, step: stepNameIn(text, 'utility') })}
        </Text>
      )}
      {inDays && (
        <Text size="xs" c="dimmed">
          {text('complaints.times.inDays')}
        </Text>
      )}
      {missingDates && (
        <Text size="xs" c="dimmed">
          {text('complaints.times.missing')}
        </Text>
      )}
    </Stack>
  );
}
