import { Alert, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { AnnualReviewPanel } from '../annual-review/AnnualReviewPanel';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { say } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { OutageLogPanel } from '../outages/OutageLogPanel';
import { ReportsPanel } from '../reports/ReportsPanel';
import { DueList } from './DueList';
import { InForceSummary } from './InForceSummary';
import { ResultsPanel } from './ResultsPanel';
import { useTracking } from './use-tracking';

interface TrackingScreenProps {
  /** Moves the focus to the title: the person just chose to come here. */
  focusOnShow: boolean;
  /** To the agreement's steps, where it is written, approved and printed. */
  onOpenSteps: () => void;
  /** To the review step, where a new revision shows what changed since the one in force. */
  onOpenReview?: () => void;
}

/**
 * The year after the vote: the agreement in force, what is due, and each approved goal's
 * results and standing, with the way to record more.
 */
export function TrackingScreen({ focusOnShow, onOpenSteps, onOpenReview }: TrackingScreenProps) {
  const text = useText();
  const { state, refresh, show } = useTracking();
  const heading = useRef<HTMLHeadingElement>(null);
  const [tab, setTab] = useState('results');
  const showTab = (next: string) => {
    setTab(next);
    // Back on the results, read again: an outage saved in its tab changes goals' results.
    if (next === 'results') refresh();
  };
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <Title order={2} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {text('tracking.screen.title')}
        </Title>
        <Button variant="default" onClick={onOpenSteps}>
          {text('tracking.screen.openSteps')}
        </Button>
      </Group>
      <Text maw={760}>{text('tracking.screen.intro')}</Text>
      {state.kind === 'loading' && (
        <CenteredMessage loading title={text('tracking.screen.reading')} />
      )}
      {state.kind === 'failed' && (
        <CenteredMessage title={text('tracking.screen.readFailed')} onRetry={refresh}>
          {state.message}
        </CenteredMessage>
      )}
      {state.kind === 'ready' && state.view.inForce === null && (
        <Alert color="blue" variant="light" title={text('tracking.screen.noneYet')} maw={760}>
          {state.view.problem
            ? say(text, state.view.problem)
            : text('tracking.screen.nothingApproved')}
        </Alert>
      )}
      {state.kind === 'ready' && state.view.inForce !== null && (
        <>
          <InForceSummary inForce={state.view.inForce} />
          <FormSection title={text('tracking.due.title')}>
            <DueList due={state.view.due} onOpenReview={() => showTab('annual-review')} />
          </FormSection>
          <Tabs value={tab} keepMounted={false} onChange={(next) => showTab(next ?? 'results')}>
            <Tabs.List>
              <Tabs.Tab value="results" fz="md">
                {text('tracking.tab.results')}
              </Tabs.Tab>
              <Tabs.Tab value="outages" fz="md">
                {text('tracking.tab.outages')}
              </Tabs.Tab>
              <Tabs.Tab value="reports" fz="md">
                {text('tracking.tab.reports')}
              </Tabs.Tab>
              <Tabs.Tab value="annual-review" fz="md">
                {text('tracking.tab.annual')}
              </Tabs.Tab>
            </Tabs.List>
            {/* Kept: a half-typed result survives a look at another tab. */}
            <Tabs.Panel value="results" pt="lg" keepMounted>
              <Stack gap="lg">
                <ResultsPanel
                  view={state.view}
                  approvedOn={state.view.inForce.approvedOn}
                  onSaved={show}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="annual-review" pt="lg">
              <AnnualReviewPanel onOpenSteps={onOpenReview ?? onOpenSteps} />
            </Tabs.Panel>
            {/* Kept too: a half-typed outage survives a look at another tab. */}
            <Tabs.Panel value="outages" pt="lg" keepMounted>
              <OutageLogPanel />
            </Tabs.Panel>
            <Tabs.Panel value="reports" pt="lg">
              <ReportsPanel />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
