import { Button, Group, Stack } from '@mantine/core';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

/** Prints one approved revision: its agreement, and its customer summary in either language. */
export function VersionPrintButtons({ revision }: { revision: number }) {
  const api = useApi();
  const exporter = useExport();
  const summary = (language: 'en' | 'es', key: string) => () =>
    exporter.start({
      key,
      revision,
      make: () => api['export:customerSummaryPdf']({ revision, language }),
    });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="light"
          loading={exporter.state.busy === 'agreement'}
          onClick={() =>
            exporter.start({
              key: 'agreement',
              revision,
              make: () => api['export:agreementPdf']({ revision }),
            })
          }
        >
          Save revision {revision} as PDF
        </Button>
        <Button
          variant="default"
          loading={exporter.state.busy === 'summary-en'}
          onClick={summary('en', 'summary-en')}
        >
          Customer summary (English)
        </Button>
        <Button
          variant="default"
          loading={exporter.state.busy === 'summary-es'}
          onClick={summary('es', 'summary-es')}
          lang="es"
        >
          Resumen para clientes (Español)
        </Button>
      </Group>
      <ExportFeedback
        state={exporter.state}
        onExportAnyway={exporter.exportAnyway}
        onGoBack={exporter.goBack}
        onOpenSaved={exporter.openSaved}
      />
    </Stack>
  );
}
