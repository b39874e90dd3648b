import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, memo, Suspense, useId, useRef, useState } from 'react';
import type { TrackedGoal, TrackingView } from '@shared/api/tracking-contract';
import type { Actual } from '@shared/domain/tracking/tracking-records';
import { agreementTerms } from '@shared/pdf/agreement-words';
import { successColor } from '../../theme';
import { say } from '../../i18n/say';
import { firstDraft } from './first-guess';
import { latestResult } from './latest-result';
import { LogSource } from './LogSource';
import { RecordResultForm } from './RecordResultForm';
import { ResultList } from './ResultList';
import { StatusTag } from './StatusTag';
import { missingWords, resultForPeriod, thisYearWords, useWords } from './tracking-words';
import { resultCount } from './goal-chart-points';

// The charts' code and styles load with the first chart opened, not with the overview.
const GoalChart = lazy(() =>
  import('./GoalChart').then(({ GoalChart }) => ({ default: GoalChart })),
);

interface TrackedGoalCardProps {
  goal: TrackedGoal;
  approvedOn: string;
  onSaved: (view: TrackingView) => void;
  onDelete: (goal: TrackedGoal, actual: Actual) => Promise<boolean>;
}

/** One approved goal: its promise, where it stands, and its results to record or correct. */
export const TrackedGoalCard = memo(function TrackedGoalCard(props: TrackedGoalCardProps) {
  const { goal, approvedOn, onSaved, onDelete } = props;
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const [listing, setListing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [charting, setCharting] = useState(false);
  const recordButton = useRef<HTMLButtonElement>(null);
  const words = useWords();
  const { text, language } = words;
  const latest = latestResult(goal);
  const chartable = resultCount(goal) >= 2;
  const year = thisYearWords(words, goal.thisYear);
  const measured =
    goal.frequency === null ? null : agreementTerms[language].frequency[goal.frequency];

  const chartButton = (
    <Button variant="default" aria-expanded={charting} onClick={() => setCharting((open) => !open)}>
      {text(charting ? 'tracking.card.hideChart' : 'tracking.card.showChart')}
    </Button>
  );

  function closeForm() {
    setRecording(false);
    recordButton.current?.focus();
  }

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p={{ base: 'sm', xs: 'lg' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} c="blue.8" size="sm" tt="uppercase">
              {measured
                ? text('tracking.card.goalMeasured', {
                    number: goal.number,
                    frequency: measured.toLowerCase(),
                  })
                : text('tracking.card.goal', { number: goal.number })}
            </Text>
            <Title order={4} id={headingId} fz="lg">
              <VisuallyHidden>
                {text('tracking.card.goalHidden', { number: goal.number })}
              </VisuallyHidden>{' '}
              {goal.statement}
            </Title>
          </div>
          <StatusTag status={goal.status} />
        </Group>
        <Text>
          <strong>{text('tracking.card.target')}</strong> {say(words.text, goal.targetWords)}
          {goal.measure.trim() !== '' && <> · {goal.measure}</>}
        </Text>
        <Text>
          <strong>{text('tracking.card.latest')}</strong>{' '}
          {latest
            ? text('tracking.card.latestIs', {
                result: resultForPeriod(words, goal, latest),
                meets: goal.latestMeets === null ? 'unknown' : goal.latestMeets ? 'yes' : 'no',
              })
            : text('tracking.card.noneYet')}
        </Text>
        {year && <Text>{year}</Text>}
        {goal.missing.length > 0 && (
          <Text>
            <strong>{text('tracking.card.notRecorded')}</strong>{' '}
            {text('tracking.card.missing', {
              periods: missingWords(words, goal.periodKind, goal.missing),
            })}
          </Text>
        )}
        {goal.fromLog && <LogSource goal={goal} fromLog={goal.fromLog} />}
        {goal.fromLog ? (
          (listing || goal.actuals.length > 0 || chartable) && (
            <Group gap="sm" mt="xs">
              {(listing || goal.actuals.length > 0) && (
                <Button
                  variant="default"
                  aria-expanded={listing}
                  onClick={() => setListing((open) => !open)}
                >
                  {listing
                    ? text('tracking.card.hideTyped')
                    : text('tracking.card.showTyped', { count: goal.actuals.length })}
                </Button>
              )}
              {chartable && chartButton}
            </Group>
          )
        ) : goal.periodKind === null ? (
          <Text c="dimmed">{text('tracking.card.noFrequency')}</Text>
        ) : (
          <Group gap="sm" mt="xs">
            <Button
              ref={recordButton}
              variant={recording ? 'filled' : 'light'}
              aria-expanded={recording}
              onClick={() => {
                setSaved(null);
                setRecording((open) => !open);
              }}
            >
              {text(recording ? 'tracking.card.closeForm' : 'tracking.card.record')}
            </Button>
            {/* Kept while the list is open, so deleting the last result leaves it in place. */}
            {(listing || goal.actuals.length > 0) && (
              <Button
                variant="default"
                aria-expanded={listing}
                onClick={() => setListing((open) => !open)}
              >
                {listing
                  ? text('tracking.card.hideResults')
                  : text('tracking.card.showResults', { count: goal.actuals.length })}
              </Button>
            )}
            {chartable && chartButton}
          </Group>
        )}
        <div role="status">
          {saved && (
            <Text fw={600} c={successColor}>
              {text('tracking.card.saved', { what: saved })}
            </Text>
          )}
        </div>
        {recording && (
          <RecordResultForm
            goal={goal}
            approvedOn={approvedOn}
            initial={firstDraft(goal)}
            onSaved={(view, what) => {
              setSaved(what);
              onSaved(view);
              closeForm();
            }}
            onCancel={closeForm}
          />
        )}
        {listing && <ResultList goal={goal} onDelete={(actual) => onDelete(goal, actual)} />}
        {charting && chartable && (
          <Suspense fallback={<Text>{text('tracking.card.drawing')}</Text>}>
            <GoalChart goal={goal} />
          </Suspense>
        )}
      </Stack>
    </Paper>
  );
});
