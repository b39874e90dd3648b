import { Alert, Stack, Text } from '@mantine/core';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { countOf } from '@shared/domain/numbers/plural';
import { CsvFileChooser } from '../../../form-kit/CsvFileChooser';
import { ColumnMappingFields } from './ColumnMappingFields';
import { ImportPreview } from './ImportPreview';
import { useComplaintImport } from './use-complaint-import';

interface ImportPanelProps {
  onImported: (summary: ComplaintSummary) => Promise<void>;
}

/** Choose a CSV file, map its columns, look at the preview, import. */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const importer = useComplaintImport(onImported);
  const { file, preview, busy, problem, outcome } = importer;
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel="Complaint log file (CSV)"
        chooseText="Choose a CSV file…"
        fileName={file?.name ?? null}
        busy={busy}
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !outcome && (
        <Text c="dimmed" size="sm">
          Save the log from Excel or your billing system as CSV (comma, semicolon or tab). Any
          column order works: you choose which column is which before anything is imported.
        </Text>
      )}
      {problem && (
        <Alert color="red" variant="light" title="This file cannot be imported" role="alert">
          {problem}
        </Alert>
      )}
      {outcome && (
        <Alert color="green" variant="light" title="Imported" role="status">
          {countOf(outcome.added, { one: 'new complaint', other: 'new complaints' })} from “
          {outcome.fileName}” added to the log
          {outcome.alreadyImported > 0 &&
            `; ${countOf(outcome.alreadyImported, { one: 'row was', other: 'rows were' })} already there`}
          .
        </Alert>
      )}
      {preview && file && (
        <>
          <ColumnMappingFields
            preview={preview}
            disabled={busy === 'importing'}
            onChange={importer.changeColumn}
          />
          <ImportPreview
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
