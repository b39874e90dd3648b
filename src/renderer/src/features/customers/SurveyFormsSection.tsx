import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useApi } from '../../api/api-context';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';

const forms = [
  { form: 'survey', title: 'Survey and comment card' },
  { form: 'tally-sheet', title: 'Door-to-door tally sheet' },
] as const;

const languages = [
  { language: 'en', label: 'English' },
  { language: 'es', label: 'Spanish (Español)' },
] as const;

/** The paper kit: survey and comment cards, and the tally sheet, to print and hand out. */
export function SurveyFormsSection() {
  const api = useApi();
  const exporter = useExport();
  return (
    <Stack gap="md">
      <Text maw={720}>
        The survey card asks the standard questions and one on each external goal&apos;s topic, with
        room to write and where to return it. The tally sheet has a row per household for door to
        door. Both print on letter paper; type the answers in under “Outreach and feedback”.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" maw={720}>
        {forms.map(({ form, title }) => (
          <Stack key={form} gap="xs">
            <Title order={4}>{title}</Title>
            <Group gap="sm">
              {languages.map(({ language, label }) => (
                <Button
                  key={language}
                  variant="outline"
                  aria-label={`${form === 'survey' ? 'Survey card' : 'Tally sheet'}, ${label}`}
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
                  {label}
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
