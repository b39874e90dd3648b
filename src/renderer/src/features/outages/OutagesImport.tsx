import { Alert, Code, Stack, Text } from '@mantine/core';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { CsvFileChooser } from '../../form-kit/CsvFileChooser';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  const importer = useOutagesImport(onImported);
  const { file, preview, busy, problem, imported } = importer;
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel={text('outages.import.file')}
        chooseText={text('outages.import.choose')}
        fileName={file?.name ?? null}
        busy={busy}
        variant="default"
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !imported && (
        <Stack gap="xs">
          <Text c="dimmed" size="sm">
            {text('outages.import.help')}
          </Text>
          <Code block>{example}</Code>
        </Stack>
      )}
      {problem && (
        <Alert color="red" variant="light" title={text('outages.import.cannot')} role="alert">
          {problem}
        </Alert>
      )}
      {imported && (
        <Alert color="green" variant="light" title={text('outages.import.done')} role="status">
          {text('outages.import.recorded', { count: imported.count, file: imported.fileName })}
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
