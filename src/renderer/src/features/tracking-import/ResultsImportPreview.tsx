import { Stack, Text, Title } from '@mantine/core';
import type { ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { countOf, plural } from '@shared/domain/numbers/plural';
import { FileProblems } from '../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../form-kit/ImportButtons';
import { ResultsPreviewTable } from './ResultsPreviewTable';
import { canImportResults } from './use-results-import';

type ResultsImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: ResultsPreview;
};

function countsLine(preview: ResultsPreview): string {
  const parts = [
    `${plural(preview.added, 'new result')}`,
    `${countOf(preview.replaced, { one: 'replaces a result', other: 'replace results' })} already recorded`,
  ];
  if (preview.alreadyRecorded > 0) {
    parts.push(`${plural(preview.alreadyRecorded, 'event is', 'events are')} already recorded`);
  }
  if (preview.skipped > 0) {
    parts.push(`${plural(preview.skipped, 'row has', 'rows have')} no result and will be left out`);
  }
  return `${plural(preview.rowCount, 'row')} in the file: ${parts.join('; ')}.`;
}

/** What importing the file would do: the counts, every problem, and the rows as read. */
export function ResultsImportPreview(props: ResultsImportPreviewProps) {
  const { preview, ...buttons } = props;
  const mapped = preview.mappingProblems.length === 0;
  const ready = canImportResults(preview);
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {countsLine(preview)}
        </Text>
      )}
      {mapped && preview.monthFirstDates && (
        <Text size="sm">
          Dates such as 3/4/2028 are read month first, as US calendars write them: March 4, 2028.
          Check the Period column below.
        </Text>
      )}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.rows.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            The results as they will be recorded
          </Title>
          <ResultsPreviewTable rows={preview.rows} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={ready ? `Import ${plural(preview.added + preview.replaced, 'result')}` : 'Import'}
      />
    </Stack>
  );
}
