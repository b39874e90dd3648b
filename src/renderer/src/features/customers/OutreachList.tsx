import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { FeedbackEntry, Outreach } from '@shared/domain/customers/feedback-entry';
import { formatNumber } from '@shared/domain/numbers/number-text';
import { printedDate, type Language } from '@shared/domain/printed-date';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText, type Text as Translate } from '../../i18n/use-text';
import { outreachCountText } from './outreach-count-words';

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
export function outreachName(text: Translate, language: Language, outreach: Outreach): string {
  const method = text(`evidence.method.${outreach.method}`);
  if (outreach.date === '') return method;
  return text('customers.list.name', { method, date: printedDate(outreach.date, language) });
}

/** Every outreach with its figures, and the way to type its cards, change it or delete it. */
export function OutreachList(props: OutreachListProps) {
  const { outreaches, entries, selectedId, frozen, onSelect, onEdit, onDelete } = props;
  const text = useText();
  const language = useScreenLanguage();
  if (outreaches.length === 0) {
    return <Text c="dimmed">{text('customers.list.empty')}</Text>;
  }
  const cards = new Map<string, number>();
  for (const entry of entries) cards.set(entry.outreachId, (cards.get(entry.outreachId) ?? 0) + 1);
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{text('customers.list.outreach')}</Table.Th>
            <Table.Th>{text('customers.list.takingPart')}</Table.Th>
            <Table.Th ta="right">{text('customers.list.cards')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{text('customers.list.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outreaches.map((outreach) => {
            const name = outreachName(text, language, outreach);
            const selected = outreach.id === selectedId;
            return (
              <Table.Tr key={outreach.id} bg={selected ? 'blue.0' : undefined}>
                <Table.Th scope="row" fw={400}>
                  <Text fw={700}>{text(`evidence.method.${outreach.method}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {[
                      outreach.date === '' ? '' : printedDate(outreach.date, language),
                      outreach.place,
                    ]
                      .filter((part) => part !== '')
                      .join(' · ') || text('customers.list.noDatePlace')}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {outreachCountText(text, language, outreach.method, [outreach]) ??
                    text('customers.list.notCounted')}
                </Table.Td>
                <Table.Td ta="right">
                  {formatNumber(cards.get(outreach.id) ?? 0, language)}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button
                      size="compact-md"
                      variant={selected ? 'filled' : 'light'}
                      aria-pressed={selected}
                      aria-label={text(
                        frozen ? 'customers.list.readCardsLabel' : 'customers.list.typeCardsLabel',
                        { name },
                      )}
                      onClick={() => onSelect(outreach)}
                    >
                      {text(frozen ? 'customers.list.readCards' : 'customers.list.typeCards')}
                    </Button>
                    {!frozen && (
                      <>
                        <Button
                          size="compact-md"
                          variant="default"
                          aria-label={text('customers.list.changeLabel', { name })}
                          onClick={() => onEdit(outreach)}
                        >
                          {text('customers.list.change')}
                        </Button>
                        <Button
                          size="compact-md"
                          variant="outline"
                          color="red.9"
                          aria-label={text('customers.list.deleteLabel', { name })}
                          onClick={() => onDelete(outreach)}
                        >
                          {text('customers.list.delete')}
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
