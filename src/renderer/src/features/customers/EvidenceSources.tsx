import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import type { EvidenceContext } from '@shared/domain/customers/describe-evidence';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import { feedbackTopics } from '@shared/domain/customers/feedback-entry';
import type { FeedbackTally } from '@shared/domain/customers/feedback-summary';
import { topicApplies } from '@shared/domain/customers/topic-applies';
import { formatNumber } from '@shared/domain/numbers/number-text';
import type { SystemType } from '@shared/domain/utility';
import { FormSection } from '../../form-kit/FormSection';
import { stepNameIn } from '../../form-kit/step-titles';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { useStableOrder } from './stable-order';

interface EvidenceSourcesProps {
  tally: FeedbackTally;
  context: EvidenceContext;
  /** Step 1's: complaints on a topic the agreement does not cover are not offered. */
  systemType: SystemType | null;
  frozen: boolean;
  onUseAsEvidence: (ref: EvidenceRef) => void;
}

/**
 * The whole complaint log, and each topic customers raised in comments and in the log, ready
 * to back a goal. Topics are sorted by how often they came up when the tab opens, and keep
 * that order while it stays open.
 */
export function EvidenceSources(props: EvidenceSourcesProps) {
  const { tally, context, systemType, frozen, onUseAsEvidence } = props;
  const { complaints } = context;
  const text = useText();
  const saying = useSay();
  const language = useScreenLanguage();
  const comments = new Map(tally.byTopic.map((row) => [row.topic, row.count]));
  const logged = new Map(complaints.byTopic.map((row) => [row.topic, row.count]));
  const heardOf = (topic: (typeof feedbackTopics)[number]) =>
    (comments.get(topic) ?? 0) + (logged.get(topic) ?? 0);
  const topics = useStableOrder(
    feedbackTopics.filter((topic) => heardOf(topic) > 0).sort((a, b) => heardOf(b) - heardOf(a)),
  );
  return (
    <FormSection title={text('customers.sources.title')} hint={text('customers.sources.hint')}>
      {complaints.total > 0 && (
        <Paper withBorder p="sm">
          <Group justify="space-between" gap="sm">
            <Text style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
              {saying(describeEvidence({ kind: 'complaint-log' }, context))}
            </Text>
            <Button
              size="compact-md"
              variant="light"
              disabled={frozen}
              aria-label={text('customers.sources.wholeLogLabel', { count: complaints.total })}
              onClick={() => onUseAsEvidence({ kind: 'complaint-log' })}
            >
              {text('customers.sources.wholeLog')}
            </Button>
          </Group>
        </Paper>
      )}
      {topics.length === 0 ? (
        <Text c="dimmed">{text('customers.sources.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text('customers.sources.topic')}</Table.Th>
                <Table.Th ta="right">{text('customers.sources.comments')}</Table.Th>
                <Table.Th ta="right">{text('customers.sources.complaints')}</Table.Th>
                <Table.Th>{text('customers.sources.use')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {topics.map((topic) => {
                const title = text(`evidence.topic.${topic}`);
                const heard = comments.get(topic) ?? 0;
                const complained = logged.get(topic) ?? 0;
                const applies = topicApplies(topic, systemType);
                return (
                  <Table.Tr key={topic}>
                    <Table.Th scope="row">{title}</Table.Th>
                    <Table.Td ta="right">{formatNumber(heard, language)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(complained, language)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {heard > 0 && (
                          <Button
                            size="compact-md"
                            variant="light"
                            disabled={frozen}
                            aria-label={text('customers.sources.commentsLabel', {
                              topic: title,
                              count: heard,
                            })}
                            onClick={() => onUseAsEvidence({ kind: 'topic', topic })}
                          >
                            {text('customers.sources.useComments')}
                          </Button>
                        )}
                        {complained > 0 && applies && (
                          <Button
                            size="compact-md"
                            variant="light"
                            disabled={frozen}
                            aria-label={text('customers.sources.complaintsLabel', {
                              topic: title,
                              count: complained,
                            })}
                            onClick={() => onUseAsEvidence({ kind: 'complaints', topic })}
                          >
                            {text('customers.sources.useComplaints')}
                          </Button>
                        )}
                        {complained > 0 &&
                          !applies &&
                          systemType !== null &&
                          systemType !== 'both' && (
                            <Text size="sm" c="dimmed">
                              {text('customers.sources.leftOut', {
                                step: stepNameIn(text, 'utility'),
                                coverage: text(`customers.coverage.${systemType}`),
                              })}
                            </Text>
                          )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </FormSection>
  );
}
