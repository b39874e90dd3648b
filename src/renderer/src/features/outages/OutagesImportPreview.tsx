import { Stack, Table, Text, Title } from '@mantine/core';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import type { OutagesPreview } from '@shared/domain/tracking/outage-csv/outages-preview';
import { FileProblems } from '../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../form-kit/ImportButtons';
import { useSay } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText, type Text as Say } from '../../i18n/use-text';
import { noticeText } from './outage-span';
import { canImportOutages } from './use-outages-import';

type OutagesImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: OutagesPreview;
};

function countsLine(text: Say, preview: OutagesPreview): string {
  const parts = [text('outages.import.new', { count: preview.added })];
  if (preview.alreadyRecorded > 0) {
    parts.push(text('outages.import.already', { count: preview.alreadyRecorded }));
  }
  return text('outages.import.counts', { rows: preview.rowCount, parts: parts.join('; ') });
}

/** Each row as the import reads it: when, in words (so a misread date shows), and the rest. */
function OutagesPreviewTable({ rows }: { rows: OutagesPreview['rows'] }) {
  const text = useText();
  const saying = useSay();
  const words = { text, language: useScreenLanguage() };
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label={text('outages.import.asRecorded')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{text('outages.column.row')}</Table.Th>
            <Table.Th miw="13rem">{text('outages.column.when')}</Table.Th>
            <Table.Th>{text('outages.column.planned')}</Table.Th>
            <Table.Th>{text('outages.column.notice')}</Table.Th>
            <Table.Th>{text('outages.column.customers')}</Table.Th>
            <Table.Th miw="10rem">{text('outages.column.note')}</Table.Th>
            <Table.Th>{text('outages.column.happens')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{saying(row.when)}</Table.Td>
              <Table.Td>{text(row.planned ? 'outages.planned' : 'outages.unplanned')}</Table.Td>
              <Table.Td>{noticeText(words, row.noticeHours)}</Table.Td>
              <Table.Td>
                {row.customersAffected === null
                  ? text('outages.notRecorded')
                  : everyDigitText(row.customersAffected)}
              </Table.Td>
              <Table.Td>{row.note}</Table.Td>
              <Table.Td>
                {text(row.action === 'add' ? 'outages.action.add' : 'outages.action.already')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What importing the file would do: the counts, how dates were read, every problem, the rows. */
export function OutagesImportPreview(props: OutagesImportPreviewProps) {
  const text = useText();
  const saying = useSay();
  const { preview, ...buttons } = props;
  const mapped = preview.mappingProblems.length === 0;
  const ready = canImportOutages(preview);
  const { ambiguousDate } = preview;
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {countsLine(text, preview)}
        </Text>
      )}
      {mapped && ambiguousDate && (
        <Text size="sm">
          {text('outages.import.twoWays', {
            cell: ambiguousDate.cell,
            reading: saying(ambiguousDate.reading),
            order: preview.dateOrder === 'month-first' ? 'month' : 'day',
          })}
        </Text>
      )}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.rows.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            {text('outages.import.asRecorded')}
          </Title>
          <OutagesPreviewTable rows={preview.rows} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={
          ready
            ? text('outages.import.button', { count: preview.added })
            : text('outages.import.buttonPlain')
        }
      />
    </Stack>
  );
}
