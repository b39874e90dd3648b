import { Alert, Code, Stack, Text } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { plural } from '@shared/domain/numbers/plural';
import { CsvFileChooser } from '../../form-kit/CsvFileChooser';
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
  const importer = useResultsImport(onImported);
  const { file, preview, busy, problem, imported } = importer;
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel="Results file (CSV)"
        chooseText="Import results from a CSV file…"
        fileName={file?.name ?? null}
        busy={busy}
        variant="default"
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !imported && (
        <Stack gap="xs">
          <Text c="dimmed" size="sm">
            Save the spreadsheet as CSV (comma, semicolon or tab), one row per goal and period, with
            the column names in the first row. The goal is its number or its statement; the period
            is written like 2027-11, Nov 2027, 2027-Q4 or 2027, or as a day (11/18/2027) for a goal
            measured by the day. Rows with no result are left out. For example:
          </Text>
          <Code block>{example}</Code>
        </Stack>
      )}
      {problem && (
        <Alert color="red" variant="light" title="These results cannot be imported" role="alert">
          {problem}
        </Alert>
      )}
      {imported && (
        <Alert color="green" variant="light" title="Imported" role="status">
          {plural(imported.count, 'result')} from “{imported.fileName}” recorded.
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
