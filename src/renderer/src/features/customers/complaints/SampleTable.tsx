import { Table, Text } from '@mantine/core';
import type { PreviewRow } from '@shared/domain/customers/csv/complaint-preview';
import { spanBetween } from '@shared/domain/customers/span-between';
import type { Language } from '@shared/domain/printed-date';
import type { Text as Translate } from '../../../i18n/use-text';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText } from '../../../i18n/use-text';
import { formatLogTime, logTimeParts } from './format-log-time';
import { spanAfter } from './span-words';

/** Enough rows to see that the columns and dates were read right, without a long page. */
const shownRows = 5;

function after(
  text: Translate,
  language: Language,
  row: PreviewRow,
  end: 'responded' | 'resolved',
) {
  return (
    <Table.Td title={formatLogTime(row[end], language)} style={{ whiteSpace: 'nowrap' }}>
      {spanAfter(text, spanBetween(row.received, row[end]))}
    </Table.Td>
  );
}

/** The first rows of the file as the import would store them, with their suggested topics. */
export function SampleTable({ sample }: { sample: PreviewRow[] }) {
  const text = useText();
  const language = useScreenLanguage();
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label={text('complaints.sample.label', {
          count: Math.min(shownRows, sample.length),
        })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{text('complaints.sample.row')}</Table.Th>
            <Table.Th>{text('complaints.moment.received')}</Table.Th>
            <Table.Th>{text('complaints.moment.responded')}</Table.Th>
            <Table.Th>{text('complaints.moment.resolved')}</Table.Th>
            <Table.Th>{text('complaints.sample.complaint')}</Table.Th>
            <Table.Th>{text('complaints.sample.topic')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sample.slice(0, shownRows).map((row) => {
            const received = logTimeParts(row.received, language);
            return (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {received.date}
                  {received.clock && <Text size="xs">{received.clock}</Text>}
                </Table.Td>
                {after(text, language, row, 'responded')}
                {after(text, language, row, 'resolved')}
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {[row.category, row.description].filter(Boolean).join(' — ')}
                  </Text>
                </Table.Td>
                <Table.Td>{text(`evidence.topic.${row.topic}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
