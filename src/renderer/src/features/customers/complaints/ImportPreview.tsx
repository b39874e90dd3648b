import { Alert, Stack, Text, Title } from '@mantine/core';
import { FileProblems } from '../../../form-kit/FileProblems';
import { ImportButtons, type ImportButtonsProps } from '../../../form-kit/ImportButtons';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import { plural } from '@shared/domain/numbers/plural';
import { PrecisionNote } from './PrecisionNote';
import { SampleTable } from './SampleTable';
import { canImport } from './use-complaint-import';

type ImportPreviewProps = Omit<ImportButtonsProps, 'label' | 'ready'> & {
  preview: ComplaintPreview;
};

/** What importing the file would do: the counts, every problem, and the first rows. */
// Said out loud because 3/4/2026 means March 4 in one file and April 3 in another.
const dateOrderWords = {
  'month-first': 'Dates are read month first: 3/4/2026 is March 4, 2026.',
  'day-first':
    'Dates are read day first, because the file has dates such as 31/1/2026: 3/4/2026 is April 3, 2026.',
} as const;

export function ImportPreview(props: ImportPreviewProps) {
  const { preview, ...buttons } = props;
  const ready = canImport(preview);
  const mapped = preview.mappingProblems.length === 0;
  return (
    <Stack gap="md">
      {mapped && (
        <Text fw={600} role="status">
          {plural(preview.rowCount, 'row', 'rows')} in the file:{' '}
          {plural(preview.newRows, 'new row', 'new rows')},{' '}
          {preview.alreadyImported.toLocaleString('en-US')} already imported.
        </Text>
      )}
      {mapped && preview.dateOrder && <Text size="sm">{dateOrderWords[preview.dateOrder]}</Text>}
      {mapped && <PrecisionNote preview={preview} />}
      {mapped && <FileProblems problems={preview.problems} problemCount={preview.problemCount} />}
      {mapped && preview.newRows === 0 && preview.problemCount === 0 && preview.rowCount > 0 && (
        <Alert color="blue" variant="light" title="Nothing new in this file">
          Every row of this file is already in the log, so importing it again would add nothing.
        </Alert>
      )}
      {mapped && preview.sample.length > 0 && (
        <div>
          <Title order={4} mb="xs">
            The first rows as they will be stored
          </Title>
          <SampleTable sample={preview.sample} />
        </div>
      )}
      <ImportButtons
        {...buttons}
        ready={ready}
        label={ready ? `Import ${plural(preview.newRows, 'row', 'rows')}` : 'Import'}
      />
    </Stack>
  );
}
