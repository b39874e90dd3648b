import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { HeaderSelect } from '../../../form-kit/HeaderSelect';
import { MappingProblems } from '../../../form-kit/MappingProblems';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import {
  complaintColumns,
  complaintColumnTitles,
  logTimeColumns,
  timeColumnOf,
  type ComplaintColumn,
} from '@shared/domain/customers/complaint-log';

const columnHints: Record<ComplaintColumn, string> = {
  received: 'Required: when it came in',
  receivedTime: 'If kept separately',
  responded: 'When first answered',
  respondedTime: 'If kept separately',
  resolved: 'When it was fixed',
  resolvedTime: 'If kept separately',
  category: 'Gives each row its topic',
  description: 'Or the topic comes from here',
  location: 'Kept on this computer only',
};

/** Date and time side by side, so the pair reads as one moment. */
const timeColumns: ComplaintColumn[] = logTimeColumns.flatMap((column) => [
  column,
  timeColumnOf[column],
]);
const textColumns = complaintColumns.filter((column) => !timeColumns.includes(column));

const bottom = { alignItems: 'end' } as const;

interface ColumnMappingFieldsProps {
  preview: ComplaintPreview;
  disabled: boolean;
  onChange: (column: ComplaintColumn, header: string | null) => void;
}

/** Which of the file's columns holds each thing LOS Builder needs; suggested from the headers. */
export function ColumnMappingFields({ preview, disabled, onChange }: ColumnMappingFieldsProps) {
  const select = (column: ComplaintColumn) => (
    <HeaderSelect
      key={column}
      label={complaintColumnTitles[column]}
      description={columnHints[column]}
      headers={preview.headers}
      chosen={preview.mapping[column] ?? null}
      disabled={disabled}
      onChange={(header) => onChange(column, header)}
    />
  );
  return (
    <Stack gap="sm">
      <Title order={4}>Which column holds what</Title>
      <Text size="sm" c="dimmed">
        A date column may hold the time as well (3/14/2026 2:05 PM). If the time is in a column of
        its own, choose it as the time, AM/PM or 24-hour; leave it out if the log has dates only.
      </Text>
      {/* Selects line up at the bottom, so a hint that wraps does not push one out of its row. */}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" verticalSpacing="sm" style={bottom}>
        {timeColumns.map(select)}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {textColumns.map(select)}
      </SimpleGrid>
      <MappingProblems problems={preview.mappingProblems} />
    </Stack>
  );
}
