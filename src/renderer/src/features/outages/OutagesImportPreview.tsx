import { Stack, Table, Text, Title } from '@mantine/core';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { plural } from '@shared/domain/numbers/plural';
import type { OutagesPreview } from '@shared/domain/tracking/outage-csv/outages-preview';
import { noticeWords } from '@shared/domain/tracking/outage-words';
import { FileProblems } from '../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../form-kit/ImportButtons';
import { canImportOutages } from './use-outages-import';

type OutagesImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: OutagesPreview;
};

function countsLine(preview: OutagesPreview): string {
  const parts = [plural(preview.added, 'new outage')];
  if (preview.alreadyRecorded > 0) {
    parts.push(
      `${plural(preview.alreadyRecorded, 'is', 'are')} already in the log and will be left out`,
    );
  }
  return `${plural(preview.rowCount, 'row')} in the file: ${parts.join('; ')}.`;
}

/** Each row as the import reads it: when, in words (so a misread date shows), and the rest. */
function OutagesPreviewTable({ rows }: { rows: OutagesPreview['rows'] }) {
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table
        striped
        withTableBorder
        fz="sm"
        verticalSpacing={4}
        aria-label="The outages as they will be recorded"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th miw="13rem">When</Table.Th>
            <Table.Th>Planned?</Table.Th>
            <Table.Th>Notice</Table.Th>
            <Table.Th>Customers</Table.Th>
            <Table.Th miw="10rem">Where and why</Table.Th>
            <Table.Th>What happens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.when}</Table.Td>
              <Table.Td>{row.planned ? 'Planned' : 'Unplanned'}</Table.Td>
              <Table.Td>{noticeWords(row.noticeHours)}</Table.Td>
              <Table.Td>
                {row.customersAffected === null
                  ? 'not recorded'
                  : everyDigitText(row.customersAffected)}
              </Table.Td>
              <Table.Td>{row.note}</Table.Td>
              <Table.Td>{row.action === 'add' ? 'New' : 'Already in the log'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What importing the file would do: the counts, how dates were read, every problem, the rows. */
export function OutagesImportPreview(props: OutagesImportPreviewProps) {
  const { preview, ...buttons } = props;
  const mapped = preview.mappingProblems.length === 0;
  const ready = canImportOutages(preview);
  const { ambiguousDate } = preview;
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {countsLine(preview)}
        </Text>
      )}
      {mapped && ambiguousDate && (
        <Text size="sm">
          Dates could be read two ways: “{ambiguousDate.cell}” was {ambiguousDate.reading}.
          {preview.dateOrder === 'month-first'
            ? ' Every date is read month first, as US calendars write them, unless the file has a date such as 25/02/2028 that can only be day first.'
            : ' Every date is read day first, because the file has a date that can only be day first.'}{' '}
          Check the When column below.
        </Text>
      )}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.rows.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            The outages as they will be recorded
          </Title>
          <OutagesPreviewTable rows={preview.rows} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={ready ? `Import ${plural(preview.added, 'outage')}` : 'Import'}
      />
    </Stack>
  );
}
