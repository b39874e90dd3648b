import { Button, Group, Stack } from '@mantine/core';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from './ExportFeedback';
import { useExport } from './use-export';

const words: Record<Language, string> = {
  en: 'Draft PDF for the board packet',
  es: 'Draft PDF in Spanish',
};

/** The watermarked draft of the working copy, for the board packet before the vote. */
export function DraftPdfButton() {
  const api = useApi();
  const exporter = useExport();
  return (
    <Stack gap="sm" align="flex-start">
      <Group gap="sm">
        {(['en', 'es'] as const).map((language) => (
          <Button
            key={language}
            size="lg"
            variant="outline"
            loading={exporter.state.busy === `draft-${language}`}
            onClick={() =>
              exporter.start({
                key: `draft-${language}`,
                revision: null,
                language,
                make: () => api['export:agreementPdf']({ revision: null, language }),
              })
            }
          >
            {words[language]}
          </Button>
        ))}
      </Group>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
