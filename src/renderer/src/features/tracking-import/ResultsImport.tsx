import { Alert, Code, Stack, Text } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { CsvFileChooser } from '../../form-kit/CsvFileChooser';
import { useText } from '../../i18n/use-text';
import { ResultColumnFields } from './ResultColumnFields';
import { ResultsImportPreview } from './ResultsImportPreview';
import { useResultsImport } from './use-results-import';

interface ResultsImportProps {
  /** Called with the overview as it stands once the results are recorded. */
  onImported: (view: TrackingView) => void;
}

const example = [
  'Goal,Month,Result,Source,Note',
  '1,Nov 2027,14.5%,Meter audit,',
  '2,Nov 2027,9,Operator log,"Two on Main St, one on Elm"',
  'Goal 3,2027-12,31,Pressure logger,',
].join('\n');

/** Results kept in a spreadsheet: choose its CSV file, say which column is which, look, import. */
export function ResultsImport({ onImported }: ResultsImportProps) {
  const text = useText();
  const importer = useResultsImport(onImported);
  const { file, preview, busy, problem, imported } = importer;
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel={text('tracking.import.file')}
        chooseText={text('tracking.import.choose')}
        fileName={file?.name ?? null}
        busy={busy}
        variant="default"
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !imported && (
        <Stack gap="xs">
          <Text c="dimmed" size="sm">
            {text('tracking.import.help')}
          </Text>
          <Code block>{example}</Code>
        </Stack>
      )}
      {problem && (
        <Alert color="red" variant="light" title={text('tracking.import.cannot')} role="alert">
          {problem}
        </Alert>
      )}
      {imported && (
        <Alert color="green" variant="light" title={text('tracking.import.done')} role="status">
          {text('tracking.import.recorded', { count: imported.count, file: imported.fileName })}
        </Alert>
      )}
      {preview && file && (
        <>
          <ResultColumnFields
            preview={preview}
            disabled={busy === 'importing'}
            onChange={importer.changeColumn}
          />
          <ResultsImportPreview
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
