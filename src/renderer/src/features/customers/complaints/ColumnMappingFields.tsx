import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { HeaderSelect } from '../../../form-kit/HeaderSelect';
import { MappingProblems } from '../../../form-kit/MappingProblems';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import {
  complaintColumns,
  logTimeColumns,
  timeColumnOf,
  type ComplaintColumn,
} from '@shared/domain/customers/complaint-log';
import { useText } from '../../../i18n/use-text';

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
  const text = useText();
  const select = (column: ComplaintColumn) => (
    <HeaderSelect
      key={column}
      label={text(`complaints.column.${column}`)}
      description={text(`complaints.columnHint.${column}`)}
      headers={preview.headers}
      chosen={preview.mapping[column] ?? null}
      disabled={disabled}
      onChange={(header) => onChange(column, header)}
    />
  );
  return (
    <Stack gap="sm">
      <Title order={4}>{text('complaints.columns.title')}</Title>
      <Text size="sm" c="dimmed">
        {text('complaints.columns.intro')}
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
