import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import type { EvidenceContext } from '@shared/domain/customers/describe-evidence';
import type { EvidenceRef } from '@shared/domain/customers/evidence';
import { feedbackTopics } from '@shared/domain/customers/feedback-entry';
import type { FeedbackTally } from '@shared/domain/customers/feedback-summary';
import { coverageOf, topicApplies } from '@shared/domain/customers/topic-applies';
import { plural } from '@shared/domain/numbers/plural';
import type { SystemType } from '@shared/domain/utility';
import { FormSection } from '../../form-kit/FormSection';
import { stepName } from '../../form-kit/step-titles';
import { useStableOrder } from './stable-order';
import { topicTitle } from '@shared/domain/customers/topic-words';

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
  const comments = new Map(tally.byTopic.map((row) => [row.topic, row.count]));
  const logged = new Map(complaints.byTopic.map((row) => [row.topic, row.count]));
  const heardOf = (topic: (typeof feedbackTopics)[number]) =>
    (comments.get(topic) ?? 0) + (logged.get(topic) ?? 0);
  const topics = useStableOrder(
    feedbackTopics.filter((topic) => heardOf(topic) > 0).sort((a, b) => heardOf(b) - heardOf(a)),
  );
  return (
    <FormSection
      title="Use as evidence"
      hint="Link a topic, or the whole complaint log, to the external goal it supports, or start a new goal from it. A single card can be linked from its own “Use as evidence” button."
    >
      {complaints.total > 0 && (
        <Paper withBorder p="sm">
          <Group justify="space-between" gap="sm">
            <Text style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
              {describeEvidence({ kind: 'complaint-log' }, context)}
            </Text>
            <Button
              size="compact-md"
              variant="light"
              disabled={frozen}
              aria-label={`Use the whole complaint log as evidence (${plural(complaints.total, 'complaint')})`}
              onClick={() => onUseAsEvidence({ kind: 'complaint-log' })}
            >
              Use the whole log
            </Button>
          </Group>
        </Paper>
      )}
      {topics.length === 0 ? (
        <Text c="dimmed">Nothing heard yet: record cards or import the complaint log first.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Topic</Table.Th>
                <Table.Th ta="right">Comments</Table.Th>
                <Table.Th ta="right">Complaints</Table.Th>
                <Table.Th>Use as evidence</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {topics.map((topic) => {
                const title = topicTitle(topic);
                const heard = comments.get(topic) ?? 0;
                const complained = logged.get(topic) ?? 0;
                const applies = topicApplies(topic, systemType);
                return (
                  <Table.Tr key={topic}>
                    <Table.Th scope="row">{title}</Table.Th>
                    <Table.Td ta="right">{heard.toLocaleString('en-US')}</Table.Td>
                    <Table.Td ta="right">{complained.toLocaleString('en-US')}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {heard > 0 && (
                          <Button
                            size="compact-md"
                            variant="light"
                            disabled={frozen}
                            aria-label={`Use comments on ${title} as evidence (${plural(heard, 'comment')})`}
                            onClick={() => onUseAsEvidence({ kind: 'topic', topic })}
                          >
                            Use comments
                          </Button>
                        )}
                        {complained > 0 && applies && (
                          <Button
                            size="compact-md"
                            variant="light"
                            disabled={frozen}
                            aria-label={`Use complaints about ${title} as evidence (${plural(complained, 'complaint')})`}
                            onClick={() => onUseAsEvidence({ kind: 'complaints', topic })}
                          >
                            Use complaints
                          </Button>
                        )}
                        {complained > 0 &&
                          !applies &&
                          systemType !== null &&
                          systemType !== 'both' && (
                            <Text size="sm" c="dimmed">
                              Complaints left out of the agreement: {stepName('utility')}, says it
                              covers {coverageOf(systemType)}.
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
