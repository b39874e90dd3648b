import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { FeedbackEntry, Outreach } from '@shared/domain/customers/feedback-entry';
import { feedbackMethodTitles } from '@shared/domain/customers/feedback-plan';
import { outreachCountWords } from '@shared/domain/customers/outreach-words';
import { printedDate } from '@shared/domain/printed-date';

interface OutreachListProps {
  outreaches: Outreach[];
  entries: FeedbackEntry[];
  selectedId: string | null;
  frozen: boolean;
  onSelect: (outreach: Outreach) => void;
  onEdit: (outreach: Outreach) => void;
  onDelete: (outreach: Outreach) => void;
}

/** "Annual meeting, May 12, 2026": how an outreach is named in buttons and messages. */
export function outreachName(outreach: Outreach): string {
  const method = feedbackMethodTitles[outreach.method];
  return outreach.date === '' ? method : `${method}, ${printedDate(outreach.date)}`;
}

/** Every outreach with its figures, and the way to type its cards, change it or delete it. */
export function OutreachList(props: OutreachListProps) {
  const { outreaches, entries, selectedId, frozen, onSelect, onEdit, onDelete } = props;
  if (outreaches.length === 0) {
    return (
      <Text c="dimmed">
        No outreach recorded yet. Add the first meeting, round of doors or survey.
      </Text>
    );
  }
  const cards = new Map<string, number>();
  for (const entry of entries) cards.set(entry.outreachId, (cards.get(entry.outreachId) ?? 0) + 1);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Outreach</Table.Th>
            <Table.Th>Taking part</Table.Th>
            <Table.Th ta="right">Cards</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outreaches.map((outreach) => {
            const name = outreachName(outreach);
            const selected = outreach.id === selectedId;
            return (
              <Table.Tr key={outreach.id} bg={selected ? 'blue.0' : undefined}>
                <Table.Th scope="row" fw={400}>
                  <Text fw={700}>{feedbackMethodTitles[outreach.method]}</Text>
                  <Text size="sm" c="dimmed">
                    {[outreach.date === '' ? '' : printedDate(outreach.date), outreach.place]
                      .filter((part) => part !== '')
                      .join(' · ') || 'No date or place yet'}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {outreachCountWords(outreach.method, [outreach]) ?? 'Not counted'}
                </Table.Td>
                <Table.Td ta="right">
                  {(cards.get(outreach.id) ?? 0).toLocaleString('en-US')}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-md"
                      variant={selected ? 'filled' : 'light'}
                      aria-pressed={selected}
                      aria-label={`${frozen ? 'Read the cards of' : 'Type cards for'} ${name}`}
                      onClick={() => onSelect(outreach)}
                    >
                      {frozen ? 'Cards' : 'Type cards'}
                    </Button>
                    {!frozen && (
                      <>
                        <Button
                          size="compact-md"
                          variant="default"
                          aria-label={`Change ${name}`}
                          onClick={() => onEdit(outreach)}
                        >
                          Change
                        </Button>
                        <Button
                          size="compact-md"
                          variant="outline"
                          color="red.9"
                          aria-label={`Delete ${name}`}
                          onClick={() => onDelete(outreach)}
                        >
                          Delete
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
