import { Button, Group, Stack } from '@mantine/core';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { ExportFeedback } from './ExportFeedback';
import { useExport } from './use-export';

/** The watermarked draft of the working copy, for the board packet before the vote. */
export function DraftPdfButton() {
  const api = useApi();
  const exporter = useExport();
  const text = useText();
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
            {text(`export.draft.${language}`)}
          </Button>
        ))}
      </Group>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
