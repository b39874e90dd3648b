import { SimpleGrid, Stack, Title } from '@mantine/core';
import {
  outageColumns,
  type OutageColumn,
} from '@shared/domain/tracking/outage-csv/outage-columns';
import type { OutagesPreview } from '@shared/domain/tracking/outage-csv/outages-preview';
import { HeaderSelect } from '../../form-kit/HeaderSelect';
import { MappingProblems } from '../../form-kit/MappingProblems';
import { useText } from '../../i18n/use-text';

const bottom = { alignItems: 'end' } as const;

interface OutageColumnFieldsProps {
  preview: OutagesPreview;
  disabled: boolean;
  onChange: (column: OutageColumn, header: string | null) => void;
}

/** Which of the file's columns holds what; suggested from the headers. */
export function OutageColumnFields({ preview, disabled, onChange }: OutageColumnFieldsProps) {
  const text = useText();
  return (
    <Stack gap="sm">
      <Title order={4}>{text('outages.import.columns')}</Title>
      {/* Selects line up at the bottom, so a hint that wraps does not push one out of its row. */}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" verticalSpacing="sm" style={bottom}>
        {outageColumns.map((column) => (
          <HeaderSelect
            key={column}
            label={text(`outages.field.${column}`)}
            description={text(`outages.hint.${column}`)}
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
