import { Alert, Stack, Text, Title } from '@mantine/core';
import { FileProblems } from '../../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../../form-kit/ImportButtons';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import { formatNumber } from '@shared/domain/numbers/number-text';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText } from '../../../i18n/use-text';
import { PrecisionNote } from './PrecisionNote';
import { SampleTable } from './SampleTable';
import { canImport } from './use-complaint-import';

type ImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: ComplaintPreview;
};

/** What importing the file would do: the counts, every problem, and the first rows. */
// Said out loud because 3/4/2026 means March 4 in one file and April 3 in another.
const dateOrderWords = {
  'month-first': 'complaints.preview.monthFirst',
  'day-first': 'complaints.preview.dayFirst',
} as const;

export function ImportPreview(props: ImportPreviewProps) {
  const { preview, ...buttons } = props;
  const ready = canImport(preview);
  const mapped = preview.mappingProblems.length === 0;
  const text = useText();
  const language = useScreenLanguage();
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {text('complaints.preview.counts', {
            rows: preview.rowCount,
            newRows: preview.newRows,
            already: formatNumber(preview.alreadyImported, language),
          })}
        </Text>
      )}
      {mapped && preview.dateOrder && (
        <Text size="sm">{text(dateOrderWords[preview.dateOrder])}</Text>
      )}
      {mapped && <PrecisionNote preview={preview} />}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.newRows === 0 && preview.problemCount === 0 && preview.rowCount > 0 && (
        <Alert color="blue" variant="light" title={text('complaints.preview.nothingNewTitle')}>
          {text('complaints.preview.nothingNew')}
        </Alert>
      )}
      {mapped && preview.sample.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            {text('complaints.preview.firstRows')}
          </Title>
          <SampleTable sample={preview.sample} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={
          ready
            ? text('complaints.preview.importRows', { rows: preview.newRows })
            : text('complaints.preview.import')
        }
      />
    </Stack>
  );
}
