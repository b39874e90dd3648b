import { Alert, Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReportView } from '@shared/api/report-contract';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { say } from '../../i18n/say';
import { useText, type Text as Say } from '../../i18n/use-text';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport } from '../export/use-export';
import { SpreadsheetButton } from '../export-spreadsheet/SpreadsheetButton';
import { FollowUpForm } from './FollowUpForm';
import { useReports } from './use-reports';

const languages: readonly Language[] = ['en', 'es'];

/** Each year to choose from, "(so far)" while it lasts. */
function yearOptions(text: Say, view: ReportView) {
  return view.years.map(({ year, ended }) => ({
    value: String(year),
    // As text: a number would be grouped as "2,027".
    label: ended ? String(year) : text('reports.yearSoFar', { year: String(year) }),
  }));
}

/** The periods a board report can cover: each year, then each quarter, newest first. */
function periodOptions(text: Say, view: ReportView) {
  return [
    { group: text('reports.period.years'), items: yearOptions(text, view) },
    {
      group: text('reports.period.quarters'),
      items: view.quarters.map((quarter) => ({
        value: quarter.key,
        label: say(text, quarter.name),
      })),
    },
  ];
}

/** The choice of a paper's language, under `label`. */
function LanguageChoice(props: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  const text = useText();
  return (
    <Radio.Group
      label={props.label}
      value={props.value}
      onChange={(value) => props.onChange(value === 'es' ? 'es' : 'en')}
    >
      <Group gap="xl" mt="xs">
        {languages.map((language) => (
          <Radio key={language} value={language} label={text(`export.language.${language}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/**
 * The reports after the vote: the board report for a quarter or a year, the customers' report
 * card for a year (with what the utility will do about each miss), and the spreadsheet.
 */
export function ReportsPanel() {
  const api = useApi();
  const text = useText();
  const { state, refresh, show } = useReports();
  const exporter = useExport();
  const [period, setPeriod] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const [boardLanguage, setBoardLanguage] = useState<Language>('en');

  if (state.kind === 'loading') return <CenteredMessage loading title={text('reports.loading')} />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title={text('reports.failed')} onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { view } = state;
  if (view.inForce === null) {
    return (
      <Alert color="blue" variant="light" title={text('reports.none.title')} maw={760}>
        {view.problem ? say(text, view.problem) : text('reports.none.body')}
      </Alert>
    );
  }
  const { revision } = view.inForce;
  const chosenPeriod = period ?? view.quarters[0]?.key ?? null;
  const chosenYear = Number(
    year ?? view.years.find((item) => item.ended)?.year ?? view.years[0]?.year,
  );
  const card = view.years.find((item) => item.year === chosenYear);
  const cardValues = card && {
    year: String(card.year),
    ended: card.ended ? 'yes' : 'no',
    count: card.missed.length,
  };

  return (
    <Stack gap="lg">
      <FormSection title={text('reports.board.title')} hint={text('reports.board.hint')}>
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={text('reports.board.period')}
            data={periodOptions(text, view)}
            value={chosenPeriod ?? ''}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            // Wide enough for a label in either language on one line.
            w={300}
          />
          <LanguageChoice
            label={text('reports.board.language')}
            value={boardLanguage}
            onChange={setBoardLanguage}
          />
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
            {text('reports.board.save')}
          </Button>
        </Group>
      </FormSection>
      <FormSection title={text('reports.card.title')} hint={text('reports.card.hint')}>
        <Group align="flex-end" gap="xl">
          <NativeSelect
            label={text('reports.card.year')}
            data={yearOptions(text, view)}
            value={Number.isNaN(chosenYear) ? '' : String(chosenYear)}
            onChange={(event) => setYear(event.currentTarget.value)}
            w={200}
          />
          <LanguageChoice
            label={text('reports.card.language')}
            value={language}
            onChange={setLanguage}
          />
        </Group>
        {card && card.externalGoals === 0 && <Text>{text('reports.card.noGoals')}</Text>}
        {card && card.externalGoals > 0 && card.missed.length === 0 && (
          <Text>{text('reports.card.noneMissed', cardValues)}</Text>
        )}
        {card && card.missed.length > 0 && (
          <Stack gap="lg">
            <Text>{text('reports.card.missed', cardValues)}</Text>
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
            {text('reports.card.save')}
          </Button>
        </div>
      </FormSection>
      <ExportFeedback exporter={exporter} />
      <FormSection title={text('reports.sheet.title')} hint={text('reports.sheet.hint')}>
        <SpreadsheetButton />
      </FormSection>
    </Stack>
  );
}
