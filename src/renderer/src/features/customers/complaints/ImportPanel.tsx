import { Alert, Stack, Text } from '@mantine/core';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { CsvFileChooser } from '../../../form-kit/CsvFileChooser';
import { useText } from '../../../i18n/use-text';
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
  const text = useText();
  return (
    <Stack gap="md">
      <CsvFileChooser
        inputLabel={text('complaints.import.fileLabel')}
        chooseText={text('complaints.import.choose')}
        fileName={file?.name ?? null}
        busy={busy}
        onChoose={(chosen) => void importer.choose(chosen)}
      />
      {!file && !problem && !outcome && (
        <Text c="dimmed" size="sm">
          {text('complaints.import.howTo')}
        </Text>
      )}
      {problem && (
        <Alert color="red" variant="light" title={text('complaints.import.cannot')} role="alert">
          {problem}
        </Alert>
      )}
      {outcome && (
        <Alert
          color="green"
          variant="light"
          title={text('complaints.import.doneTitle')}
          role="status"
        >
          {text('complaints.import.done', {
            added: outcome.added,
            file: outcome.fileName,
            already: outcome.alreadyImported,
          })}
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
