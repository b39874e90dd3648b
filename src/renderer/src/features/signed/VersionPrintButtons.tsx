import { Button, Group, Stack } from '@mantine/core';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

/**
 * Prints one approved revision: its agreement, its customer summary, and the minutes excerpt and
 * resolution of the vote that adopted it, in either language.
 */
export function VersionPrintButtons({ revision }: { revision: number }) {
  const api = useApi();
  const text = useText();
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
  const minutes = (language: Language) => () =>
    exporter.start({
      key: `minutes-${language}`,
      revision,
      document: 'minutes',
      language,
      make: () => api['export:minutesPdf']({ revision, language }),
    });
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button variant="light" loading={busy === 'agreement-en'} onClick={agreement('en')}>
          {text('signed.reprint.agreement', { revision })}
        </Button>
        <Button variant="default" loading={busy === 'agreement-es'} onClick={agreement('es')}>
          {text('signed.reprint.agreementEs')}
        </Button>
      </Group>
      <Group gap="sm">
        <Button variant="default" loading={busy === 'summary-en'} onClick={summary('en')}>
          {text('signed.reprint.summaryEn')}
        </Button>
        <Button variant="default" loading={busy === 'summary-es'} onClick={summary('es')} lang="es">
          {text('signed.reprint.summaryEs')}
        </Button>
        <Button variant="default" loading={busy === 'summary-both'} onClick={summary('both')}>
          {text('signed.reprint.summaryBoth')}
        </Button>
      </Group>
      <Group gap="sm">
        <Button variant="default" loading={busy === 'minutes-en'} onClick={minutes('en')}>
          {text('signed.reprint.minutes')}
        </Button>
        <Button variant="default" loading={busy === 'minutes-es'} onClick={minutes('es')} lang="es">
          {text('signed.reprint.minutesEs')}
        </Button>
      </Group>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
