import { SimpleGrid, Stack, Title } from '@mantine/core';
import {
  resultColumns,
  resultColumnTitles,
  type ResultColumn,
} from '@shared/domain/tracking/csv/result-columns';
import type { ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { HeaderSelect } from '../../form-kit/HeaderSelect';
import { MappingProblems } from '../../form-kit/MappingProblems';

const columnHints: Record<ResultColumn, string> = {
  goal: 'Required: its number (3, Goal 3) or statement',
  period: 'Required: the month, quarter, year or day',
  value: 'Required: the figure measured',
  source: 'Optional',
  note: 'Optional',
};

const bottom = { alignItems: 'end' } as const;

interface ResultColumnFieldsProps {
  preview: ResultsPreview;
  disabled: boolean;
  onChange: (column: ResultColumn, header: string | null) => void;
}

/** Which of the file's columns holds what; suggested from the headers. */
export function ResultColumnFields({ preview, disabled, onChange }: ResultColumnFieldsProps) {
  return (
    <Stack gap="sm">
      <Title order={4}>Which column holds what</Title>
      {/* Selects line up at the bottom, so a hint that wraps does not push one out of its row. */}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} spacing="md" verticalSpacing="sm" style={bottom}>
        {resultColumns.map((column) => (
          <HeaderSelect
            key={column}
            label={resultColumnTitles[column]}
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
