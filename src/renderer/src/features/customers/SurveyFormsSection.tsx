import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

const forms = [
  { form: 'survey', title: 'export.forms.survey' },
  { form: 'tally-sheet', title: 'export.forms.tally' },
] as const;

const languages = ['en', 'es'] as const;

/** The paper kit: survey and comment cards, and the tally sheet, to print and hand out. */
export function SurveyFormsSection() {
  const api = useApi();
  const exporter = useExport();
  const text = useText();
  return (
    <Stack gap="md">
      <Text maw={720}>{text('export.forms.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" maw={720}>
        {forms.map(({ form, title }) => (
          <Stack key={form} gap="xs">
            <Title order={4}>{text(title)}</Title>
            <Group gap="sm">
              {languages.map((language) => (
                <Button
                  key={language}
                  variant="outline"
                  aria-label={text('export.forms.button', { form, language })}
                  loading={exporter.state.busy === `${form}-${language}`}
                  onClick={() =>
                    exporter.start({
                      key: `${form}-${language}`,
                      revision: null,
                      document: 'survey-forms',
                      language,
                      make: () => api['export:surveyPdf']({ form, language }),
                    })
                  }
                >
                  {text(`export.language.${language}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        ))}
      </SimpleGrid>
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
