import { Alert, Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReportView } from '@shared/api/report-contract';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';
import { SpreadsheetButton } from '../export-spreadsheet/SpreadsheetButton';
import { FollowUpForm } from './FollowUpForm';
import { useReports } from './use-reports';

const languages: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (Español)' },
];

/** The periods a board report can cover: each year, then each quarter, newest first. */
function periodOptions(view: ReportView) {
  return [
    {
      group: 'A whole year',
      items: view.years.map(({ year, ended }) => ({
        value: String(year),
        label: ended ? String(year) : `${year} (so far)`,
      })),
    },
    {
      group: 'A quarter',
      items: view.quarters.map((quarter) => ({ value: quarter.key, label: quarter.name })),
    },
  ];
}

/**
 * The reports after the vote: the board report for a quarter or a year, the customers' report
 * card for a year (with what the utility will do about each miss), and the spreadsheet.
 */
export function ReportsPanel() {
  const api = useApi();
  const { state, refresh, show } = useReports();
  const exporter = useExport();
  const [period, setPeriod] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const [boardLanguage, setBoardLanguage] = useState<Language>('en');

  if (state.kind === 'loading') return <CenteredMessage loading title="Reading the reports…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="Could not read the reports" onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { view } = state;
  if (view.inForce === null) {
    return (
      <Alert color="blue" variant="light" title="No report can be made yet" maw={760}>
        {view.problem ?? 'Nothing is approved yet.'}
      </Alert>
    );
  }
  const { revision } = view.inForce;
  const chosenPeriod = period ?? view.quarters[0]?.key ?? null;
  const chosenYear = Number(
    year ?? view.years.find((item) => item.ended)?.year ?? view.years[0]?.year,
  );
  const card = view.years.find((item) => item.year === chosenYear);

  return (
    <Stack gap="lg">
      <FormSection
        title="Report to the board"
        hint="Every goal with its target, its results in the period, whether it was met and how it compares with the period before, with a small chart each. Prints well in black and white."
      >
        <Group align="flex-end" gap="md">
          <NativeSelect
            label="Period the report covers"
            data={periodOptions(view)}
            value={chosenPeriod ?? ''}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            w={260}
          />
          <Radio.Group
            label="Language of the board report"
            value={boardLanguage}
            onChange={(value) => setBoardLanguage(value === 'es' ? 'es' : 'en')}
          >
            <Group gap="xl" mt="xs">
              {languages.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
          <Button
            variant="outline"
            disabled={chosenPeriod === null}
            loading={exporter.state.busy === 'board'}
            onClick={() =>
              chosenPeriod &&
              exporter.start({
                key: 'board',
                revision,
                document: 'reports',
                language: boardLanguage,
                make: () =>
                  api['export:boardReportPdf']({ period: chosenPeriod, language: boardLanguage }),
              })
            }
          >
            Save the board report (PDF)
          </Button>
        </Group>
      </FormSection>
      <FormSection
        title="Report card for customers"
        hint="“How we did”: one page for a bill insert or a newsletter, with each goal customers notice, met or not, and what the utility will do about each miss."
      >
        <Group align="flex-end" gap="xl">
          <NativeSelect
            label="Year"
            data={view.years.map(({ year: value, ended }) => ({
              value: String(value),
              label: ended ? String(value) : `${value} (so far)`,
            }))}
            value={Number.isNaN(chosenYear) ? '' : String(chosenYear)}
            onChange={(event) => setYear(event.currentTarget.value)}
            w={160}
          />
          <Radio.Group
            label="Language of the report card"
            value={language}
            onChange={(value) => setLanguage(value === 'es' ? 'es' : 'en')}
          >
            <Group gap="xl" mt="xs">
              {languages.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
        </Group>
        {card && card.externalGoals === 0 && (
          <Text>The agreement has no goals for customers, so the card lists none.</Text>
        )}
        {card && card.externalGoals > 0 && card.missed.length === 0 && (
          <Text>
            No goal for customers was missed in {card.year}
            {card.ended ? '' : ' so far'}: there is nothing to explain on the card.
          </Text>
        )}
        {card && card.missed.length > 0 && (
          <Stack gap="lg">
            <Text>
              {card.missed.length === 1 ? 'One goal' : `${card.missed.length} goals`} for customers
              missed the target in {card.year}
              {card.ended ? '' : ' so far'}. Say what the utility will do about{' '}
              {card.missed.length === 1 ? 'it' : 'each'}; the card prints it beside the miss.
            </Text>
            {card.missed.map((goal) => (
              <FollowUpForm
                key={`${card.year} ${goal.goalId}`}
                goal={goal}
                year={card.year}
                onSaved={show}
              />
            ))}
          </Stack>
        )}
        <div>
          <Button
            variant="outline"
            disabled={!card}
            loading={exporter.state.busy === 'card'}
            onClick={() =>
              card &&
              exporter.start({
                key: 'card',
                revision,
                document: 'reports',
                language,
                make: () => api['export:reportCardPdf']({ year: card.year, language }),
              })
            }
          >
            Save the report card (PDF)
          </Button>
        </div>
      </FormSection>
      <ExportFeedback exporter={exporter} />
      <FormSection
        title="For the treasurer, funders and the state"
        hint="Every goal, every result recorded since the vote, what customers said and the complaint figures, in one file a spreadsheet program opens."
      >
        <SpreadsheetButton />
      </FormSection>
    </Stack>
  );
}
