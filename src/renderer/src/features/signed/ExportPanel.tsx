import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

type Language = 'en' | 'es';

const languages: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (Español)' },
];

/** The signed-off agreement and the customer summary of the latest approved version. */
export function ExportPanel({ version }: { version: VersionSummary }) {
  const api = useApi();
  const exporter = useExport();
  const [language, setLanguage] = useState<Language>('en');
  const { revision } = version;
  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>
          The agreement with the approval record, the fingerprint on every page and a signature page
          for the president, the secretary and the operator.
        </Text>
        <Button
          size="lg"
          loading={exporter.state.busy === 'agreement'}
          onClick={() =>
            exporter.start({
              key: 'agreement',
              revision,
              make: () => api['export:agreementPdf']({ revision }),
            })
          }
        >
          Save the agreement PDF
        </Button>
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Text>
          One page of the approved goals in plain words, for a bill insert, a newsletter or the
          yearly report to customers.
        </Text>
        <Radio.Group
          label="Language of the customer summary"
          value={language}
          onChange={(value) => setLanguage(value === 'es' ? 'es' : 'en')}
        >
          <Group gap="xl" mt="xs">
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
              make: () => api['export:customerSummaryPdf']({ revision, language }),
            })
          }
        >
          Save the customer summary
        </Button>
      </Stack>
      <ExportFeedback
        state={exporter.state}
        onExportAnyway={exporter.exportAnyway}
        onGoBack={exporter.goBack}
        onOpenSaved={exporter.openSaved}
      />
    </Stack>
  );
}
