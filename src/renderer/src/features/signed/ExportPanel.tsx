import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/use-text';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

type SummaryLanguage = Language | 'both';

const agreementButtons: Record<Language, MessageKey> = {
  en: 'signed.export.agreementEn',
  es: 'signed.export.agreementEs',
};

const languages: { value: SummaryLanguage; label: MessageKey }[] = [
  { value: 'en', label: 'signed.export.en' },
  { value: 'es', label: 'signed.export.es' },
  { value: 'both', label: 'signed.export.both' },
];

/** The signed-off agreement and the customer summary of the latest approved version. */
export function ExportPanel({ version }: { version: VersionSummary }) {
  const api = useApi();
  const text = useText();
  const exporter = useExport();
  const [language, setLanguage] = useState<SummaryLanguage>('en');
  const { revision } = version;
  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>{text('signed.export.agreement')}</Text>
        <Group gap="sm">
          {(['en', 'es'] as const).map((paper) => (
            <Button
              key={paper}
              size="lg"
              variant={paper === 'en' ? 'filled' : 'outline'}
              loading={exporter.state.busy === `agreement-${paper}`}
              onClick={() =>
                exporter.start({
                  key: `agreement-${paper}`,
                  revision,
                  language: paper,
                  make: () => api['export:agreementPdf']({ revision, language: paper }),
                })
              }
            >
              {text(agreementButtons[paper])}
            </Button>
          ))}
        </Group>
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Text>{text('signed.export.summary')}</Text>
        <Radio.Group
          label={text('signed.export.summaryLanguage')}
          value={language}
          onChange={(value) =>
            setLanguage(languages.find((option) => option.value === value)?.value ?? 'en')
          }
        >
          {/* Wrapped on a narrow window, the choices stay close together. */}
          <Group gap="xl" mt="xs" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
            {languages.map((option) => (
              <Radio key={option.value} value={option.value} label={text(option.label)} />
            ))}
          </Group>
        </Radio.Group>
        <Button
          size="lg"
          variant="outline"
          loading={exporter.state.busy === 'summary'}
          onClick={() =>
            exporter.start({
              key: 'summary',
              revision,
              language,
              make: () => api['export:customerSummaryPdf']({ revision, language }),
            })
          }
        >
          {text('signed.export.summaryButton')}
        </Button>
      </Stack>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
