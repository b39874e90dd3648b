import { Stack, Text, Title } from '@mantine/core';
import type { ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { FileProblems } from '../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../form-kit/ImportButtons';
import { useText, type Text as Say } from '../../i18n/use-text';
import { ResultsPreviewTable } from './ResultsPreviewTable';
import { canImportResults } from './use-results-import';

type ResultsImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: ResultsPreview;
};

function countsLine(text: Say, preview: ResultsPreview): string {
  const parts = [
    text('tracking.import.new', { count: preview.added }),
    text('tracking.import.replaced', { count: preview.replaced }),
  ];
  if (preview.alreadyRecorded > 0) {
    parts.push(text('tracking.import.already', { count: preview.alreadyRecorded }));
  }
  if (preview.skipped > 0) {
    parts.push(text('tracking.import.skipped', { count: preview.skipped }));
  }
  return text('tracking.import.counts', { rows: preview.rowCount, parts: parts.join('; ') });
}

/** What importing the file would do: the counts, every problem, and the rows as read. */
export function ResultsImportPreview(props: ResultsImportPreviewProps) {
  const text = useText();
  const { preview, ...buttons } = props;
  const mapped = preview.mappingProblems.length === 0;
  const ready = canImportResults(preview);
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {countsLine(text, preview)}
        </Text>
      )}
      {mapped && preview.monthFirstDates && (
        <Text size="sm">{text('tracking.import.monthFirst')}</Text>
      )}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.rows.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            {text('tracking.import.asRecorded')}
          </Title>
          <ResultsPreviewTable rows={preview.rows} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={
          ready
            ? text('tracking.import.button', { count: preview.added + preview.replaced })
            : text('tracking.import.buttonPlain')
        }
      />
    </Stack>
  );
}
