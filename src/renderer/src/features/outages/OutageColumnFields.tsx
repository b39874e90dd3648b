import { SimpleGrid, Stack, Title } from '@mantine/core';
import {
  outageColumns,
  outageColumnTitles,
  type OutageColumn,
} from '@shared/domain/tracking/outage-csv/outage-columns';
import type { OutagesPreview } from '@shared/domain/tracking/outage-csv/outages-preview';
import { HeaderSelect } from '../../form-kit/HeaderSelect';
import { MappingProblems } from '../../form-kit/MappingProblems';

const columnHints: Record<OutageColumn, string> = {
  startDate: 'Required: the day, with its time if the cell has one',
  startTime: 'Optional: when the time has its own column',
  endDate: 'Optional: the day, with its time if the cell has one',
  endTime: 'Optional: when the time has its own column',
  planned: 'Required: planned or unplanned, yes or no, P or U',
  noticeHours: 'Optional: hours of notice',
  customersAffected: 'Optional: a count',
  note: 'Optional',
};

const bottom = { alignItems: 'end' } as const;

interface OutageColumnFieldsProps {
  preview: OutagesPreview;
  disabled: boolean;
  onChange: (column: OutageColumn, header: string | null) => void;
}

/** Which of the file's columns holds what; suggested from the headers. */
export function OutageColumnFields({ preview, disabled, onChange }: OutageColumnFieldsProps) {
  return (
    <Stack gap="sm">
      <Title order={4}>Which column holds what</Title>
      {/* Selects line up at the bottom, so a hint that wraps does not push one out of its row. */}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" verticalSpacing="sm" style={bottom}>
        {outageColumns.map((column) => (
          <HeaderSelect
            key={column}
            label={outageColumnTitles[column]}
            description={columnHints[column]}
            headers={preview.headers}
            chosen={preview.mapping[column]}
            disabled={disabled}
            onChange={(header) => onChange(column, header)}
          />
        ))}
      </SimpleGrid>
      <MappingProblems problems={preview.mappingProblems} />
    </Stack>
  );
}
