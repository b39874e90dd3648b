import { Button, Group, Stack } from '@mantine/core';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

const words = {
  agreement: (revision: number) => `Save revision ${revision} as PDF`,
  agreementEs: 'Agreement in Spanish',
  summaryEn: 'Customer summary (English)',
  summaryEs: 'Resumen para clientes (Español)',
  summaryBoth: 'Customer summary, English and Spanish',
};

/** Prints one approved revision: its agreement and its customer summary, in either language. */
export function VersionPrintButtons({ revision }: { revision: number }) {
  const api = useApi();
  const exporter = useExport();
  const busy = exporter.state.busy;
  const agreement = (language: Language) => () =>
    exporter.start({
      key: `agreement-${language}`,
      revision,
      language,
      make: () => api['export:agreementPdf']({ revision, language }),
    });
  const summary = (language: Language | 'both') => () =>
    exporter.start({
      key: `summary-${language}`,
      revision,
      language,
      make: () => api['export:customerSummaryPdf']({ revision, language }),
    });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="light" loading={busy === 'agreement-en'} onClick={agreement('en')}>
          {words.agreement(revision)}
        </Button>
        <Button variant="default" loading={busy === 'agreement-es'} onClick={agreement('es')}>
          {words.agreementEs}
        </Button>
      </Group>
      <Group gap="sm">
        <Button variant="default" loading={busy === 'summary-en'} onClick={summary('en')}>
          {words.summaryEn}
        </Button>
        <Button variant="default" loading={busy === 'summary-es'} onClick={summary('es')} lang="es">
          {words.summaryEs}
        </Button>
        <Button variant="default" loading={busy === 'summary-both'} onClick={summary('both')}>
          {words.summaryBoth}
        </Button>
      </Group>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
