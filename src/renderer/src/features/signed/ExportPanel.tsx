import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

type SummaryLanguage = Language | 'both';

const words = {
  agreement:
    'The agreement with the approval record, the fingerprint on every page and a signature page for the president, the secretary and the operator.',
  agreementButton: { en: 'Save the agreement PDF', es: 'Save the agreement in Spanish' },
  summary:
    'One page of the approved goals in plain words, for a bill insert, a newsletter or the yearly report to customers.',
  summaryLanguage: 'Language of the customer summary',
  summaryButton: 'Save the customer summary',
};

const languages: { value: SummaryLanguage; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (Español)' },
  { value: 'both', label: 'English and Spanish, side by side' },
];

/** The signed-off agreement and the customer summary of the latest approved version. */
export function ExportPanel({ version }: { version: VersionSummary }) {
  const api = useApi();
  const exporter = useExport();
  const [language, setLanguage] = useState<SummaryLanguage>('en');
  const { revision } = version;
  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>{words.agreement}</Text>
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
              {words.agreementButton[paper]}
            </Button>
          ))}
        </Group>
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Text>{words.summary}</Text>
        <Radio.Group
          label={words.summaryLanguage}
          value={language}
          onChange={(value) =>
            setLanguage(languages.find((option) => option.value === value)?.value ?? 'en')
          }
        >
          {/* Wrapped on a narrow window, the choices stay close together. */}
          <Group gap="xl" mt="xs" style={{ rowGap: 'var(--mantine-spacing-xs)' }}>
            {languages.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
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
          {words.summaryButton}
        </Button>
      </Stack>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
