import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { SpreadsheetButton } from '../export-spreadsheet/SpreadsheetButton';
import { ResultsImport } from '../tracking-import/ResultsImport';
import { DueList } from './DueList';
import { GoalsByArea } from './GoalsByArea';
import { InForceSummary } from './InForceSummary';
import { useTracking } from './use-tracking';
import { WholePeriodSection } from './WholePeriodSection';

interface TrackingScreenProps {
  /** Moves the focus to the title: the person just chose to come here. */
  focusOnShow: boolean;
  /** To the agreement's steps, where it is written, approved and printed. */
  onOpenSteps: () => void;
}

/**
 * The year after the vote: the agreement in force, what is due, and each approved goal's
 * results and standing, with the way to record more.
 */
export function TrackingScreen({ focusOnShow, onOpenSteps }: TrackingScreenProps) {
  const { state, refresh, show } = useTracking();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="md">
        <Title order={2} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
          Goal results and what is due
        </Title>
        <Button variant="default" onClick={onOpenSteps}>
          Open the agreement’s steps (1 to 8)
        </Button>
      </Group>
      <Text maw={760}>
        Through the year, record each approved goal’s results here. The board sees which goals are
        kept, which are missed and what is due before its annual review.
      </Text>
      {state.kind === 'loading' && <CenteredMessage loading title="Reading the results…" />}
      {state.kind === 'failed' && (
        <CenteredMessage title="Could not read the results" onRetry={refresh}>
          {state.message}
        </CenteredMessage>
      )}
      {state.kind === 'ready' && state.view.inForce === null && (
        <Alert color="blue" variant="light" title="No results can be recorded yet" maw={760}>
          {state.view.problem ?? 'Nothing is approved yet.'}
        </Alert>
      )}
      {state.kind === 'ready' && state.view.inForce !== null && (
        <>
          <InForceSummary inForce={state.view.inForce} />
          <FormSection title="What is due">
            <DueList due={state.view.due} />
          </FormSection>
          <FormSection
            title="For the treasurer, funders and the state"
            hint="Every goal, every result recorded since the vote, what customers said and the complaint figures, in one file a spreadsheet program opens."
          >
            <SpreadsheetButton />
          </FormSection>
          <WholePeriodSection
            view={state.view}
            approvedOn={state.view.inForce.approvedOn}
            onSaved={show}
          />
          <FormSection
            title="Import results kept in a spreadsheet"
            hint="Results the operator already keeps in a spreadsheet, saved as a CSV file: every row is checked and shown before anything is recorded, and nothing is recorded if any row is wrong."
          >
            <ResultsImport onImported={show} />
          </FormSection>
          <GoalsByArea
            view={state.view}
            approvedOn={state.view.inForce.approvedOn}
            onSaved={show}
          />
        </>
      )}
    </Stack>
  );
}
