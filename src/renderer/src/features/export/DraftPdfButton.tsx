import { Button, Stack } from '@mantine/core';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from './ExportFeedback';
import { useExport } from './use-export';

/** The watermarked draft of the working copy, for the board packet before the vote. */
export function DraftPdfButton() {
  const api = useApi();
  const exporter = useExport();
  return (
    <Stack gap="sm" align="flex-start">
      <Button
        size="lg"
        variant="outline"
        loading={exporter.state.busy === 'draft'}
        onClick={() =>
          exporter.start({
            key: 'draft',
            revision: null,
            make: () => api['export:agreementPdf']({ revision: null }),
          })
        }
      >
        Draft PDF for the board packet
      </Button>
      <ExportFeedback
        state={exporter.state}
        onExportAnyway={exporter.exportAnyway}
        onGoBack={exporter.goBack}
        onOpenSaved={exporter.openSaved}
      />
    </Stack>
  );
}
