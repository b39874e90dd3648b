import { SimpleGrid, Stack, Title } from '@mantine/core';
import { resultColumns, type ResultColumn } from '@shared/domain/tracking/csv/result-columns';
import type { ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { HeaderSelect } from '../../form-kit/HeaderSelect';
import { MappingProblems } from '../../form-kit/MappingProblems';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/use-text';

/** Each column's name (as result-columns.ts names it) and its hint. */
const columnWords: Record<ResultColumn, { title: MessageKey; hint: MessageKey }> = {
  goal: { title: 'tracking.field.goal', hint: 'tracking.import.hint.goal' },
  period: { title: 'tracking.field.period', hint: 'tracking.import.hint.period' },
  value: { title: 'tracking.field.result', hint: 'tracking.import.hint.value' },
  source: { title: 'tracking.field.source', hint: 'tracking.import.hint.optional' },
  note: { title: 'tracking.field.note', hint: 'tracking.import.hint.optional' },
};

const bottom = { alignItems: 'end' } as const;

interface ResultColumnFieldsProps {
  preview: ResultsPreview;
  disabled: boolean;
  onChange: (column: ResultColumn, header: string | null) => void;
}

/** Which of the file's columns holds what; suggested from the headers. */
export function ResultColumnFields({ preview, disabled, onChange }: ResultColumnFieldsProps) {
  const text = useText();
  return (
    <Stack gap="sm">
      <Title order={4}>{text('tracking.import.columns')}</Title>
      {/* Selects line up at the bottom, so a hint that wraps does not push one out of its row. */}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} spacing="md" verticalSpacing="sm" style={bottom}>
        {resultColumns.map((column) => (
          <HeaderSelect
            key={column}
            label={text(columnWords[column].title)}
            description={text(columnWords[column].hint)}
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
