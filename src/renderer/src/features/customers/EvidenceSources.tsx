import { Button, Group, Table, Text } from '@mantine/core';
import type { EvidenceRef } from '../../../../shared/domain/customers/evidence';
import {
  feedbackTopics,
  feedbackTopicTitles,
} from '../../../../shared/domain/customers/feedback-entry';
import type {
  ComplaintSummary,
  FeedbackTally,
} from '../../../../shared/domain/customers/feedback-summary';
import { FormSection } from '../../components/FormSection';
import { plural } from '../../../../shared/domain/numbers/plural';

interface EvidenceSourcesProps {
  tally: FeedbackTally;
  complaints: ComplaintSummary;
  frozen: boolean;
  onUseAsEvidence: (ref: EvidenceRef) => void;
}

/** Each topic customers raised, in comments and in the complaint log, ready to back a goal. */
export function EvidenceSources({
  tally,
  complaints,
  frozen,
  onUseAsEvidence,
}: EvidenceSourcesProps) {
  const comments = new Map(tally.byTopic.map((row) => [row.topic, row.count]));
  const logged = new Map(complaints.byTopic.map((row) => [row.topic, row.count]));
  const topics = feedbackTopics.filter((topic) => comments.has(topic) || logged.has(topic));
  topics.sort(
    (a, b) =>
      (comments.get(b) ?? 0) + (logged.get(b) ?? 0) - (comments.get(a) ?? 0) - (logged.get(a) ?? 0),
  );
  return (
    <FormSection
      title="Use as evidence"
      hint="Link a topic to the external goal it supports, or start a new goal from it. A single card can be linked from its own “Use as evidence” button."
    >
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
                const title = feedbackTopicTitles[topic];
                const heard = comments.get(topic) ?? 0;
                const complained = logged.get(topic) ?? 0;
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
                        {complained > 0 && (
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
