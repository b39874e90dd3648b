import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import { plural } from '@shared/domain/numbers/plural';
import { PrecisionNote } from './PrecisionNote';
import { SampleTable } from './SampleTable';
import { canImport } from './use-complaint-import';

interface ImportPreviewProps {
  preview: ComplaintPreview;
  importing: boolean;
  /** A preview for another mapping is on its way; this one must not be imported. */
  checking: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** What importing the file would do: the counts, every problem, and the first rows. */
// Said out loud because 3/4/2026 means March 4 in one file and April 3 in another.
const dateOrderWords = {
  'month-first': 'Dates are read month first: 3/4/2026 is March 4, 2026.',
  'day-first':
    'Dates are read day first, because the file has dates such as 31/1/2026: 3/4/2026 is April 3, 2026.',
} as const;

export function ImportPreview(props: ImportPreviewProps) {
  const { preview, importing, checking, onImport, onCancel } = props;
  const mapped = preview.mappingProblems.length === 0;
  const hidden = preview.problemCount - preview.problems.length;
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
      {mapped && preview.problemCount > 0 && (
        <Alert
          color="red"
          variant="light"
          title={`${plural(preview.problemCount, 'problem', 'problems')}: nothing can be imported until the file is fixed`}
        >
          <Stack gap="xs">
            <Text size="sm">
              Fix these rows in the spreadsheet (row 1 is the header), save it as CSV and choose it
              again, or choose other columns above.
            </Text>
            <List spacing={4} size="sm" aria-label="Problems in the file">
              {preview.problems.map((problem) => (
                <List.Item key={`${problem.row}-${problem.column}`}>{problem.message}</List.Item>
              ))}
            </List>
            {hidden > 0 && (
              <Text size="sm">…and {plural(hidden, 'more problem', 'more problems')}.</Text>
            )}
          </Stack>
        </Alert>
      )}
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
      <Group gap="sm">
        <Button onClick={onImport} disabled={checking || !canImport(preview)} loading={importing}>
          {canImport(preview) ? `Import ${plural(preview.newRows, 'row', 'rows')}` : 'Import'}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={importing}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
