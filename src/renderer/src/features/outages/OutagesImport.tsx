import { Alert, Code, Stack, Text } from '@mantine/core';
import { plural } from '@shared/domain/numbers/plural';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { CsvFileChooser } from '../../form-kit/CsvFileChooser';
import { OutageColumnFields } from './OutageColumnFields';
import { OutagesImportPreview } from './OutagesImportPreview';
import { useOutagesImport } from './use-outages-import';

const example = [
  'Date,Start time,Date restored,Time restored,Planned?,Notice (hours),Customers affected,Where and why',
  '1/14/2028,6:40 AM,1/14/2028,11:15 AM,No,,85,Main break on Elm St',
  '1/27/2028,9:00 AM,1/27/2028,3:30 PM,Yes,48,40,"Valve work, north end"',
].join('\n');

/** An outage log kept in a spreadsheet: choose its CSV file, say which column is which, import. */
export function OutagesImport({ onImported }: { onImported: (outages: Outage[]) => void }) {
  const importer = useOutagesImport(onImported);
  const { file, preview, busy, problem, imported } = importer;
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel="Outage log file (CSV)"
        chooseText="Import outages from a CSV file…"
        fileName={file?.name ?? null}
        busy={busy}
        variant="default"
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !imported && (
        <Stack gap="xs">
          <Text c="dimmed" size="sm">
            Save the spreadsheet as CSV (comma, semicolon or tab), one row per outage, with the
            column names in the first row. A date may hold its time (1/14/2028 6:40 AM) or the time
            may have its own column; planned or unplanned may be written yes or no, or P or U. Empty
            notice or customer cells stay “not recorded”. For example:
          </Text>
          <Code block>{example}</Code>
        </Stack>
      )}
      {problem && (
        <Alert color="red" variant="light" title="These outages cannot be imported" role="alert">
          {problem}
        </Alert>
      )}
      {imported && (
        <Alert color="green" variant="light" title="Imported" role="status">
          {plural(imported.count, 'outage')} from “{imported.fileName}” recorded.
        </Alert>
      )}
      {preview && file && (
        <>
          <OutageColumnFields
            preview={preview}
            disabled={busy === 'importing'}
            onChange={importer.changeColumn}
          />
          <OutagesImportPreview
            preview={preview}
            importing={busy === 'importing'}
            checking={busy === 'previewing'}
            onImport={() => void importer.importFile()}
            onCancel={importer.cancel}
          />
        </>
      )}
    </Stack>
  );
}
