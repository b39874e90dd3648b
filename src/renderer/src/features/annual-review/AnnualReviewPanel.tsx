import { Alert, Stack, Text } from '@mantine/core';
import { printedDate } from '@shared/domain/printed-date';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { DecisionRow } from './DecisionRow';
import { StartRevision } from './StartRevision';
import { useAnnualReview } from './use-annual-review';

interface AnnualReviewPanelProps {
  /** To the agreement's steps, where the next revision is edited and approved. */
  onOpenSteps: () => void;
}

/**
 * The annual review: for each goal of the revision in force, its results since the approval,
 * what they suggest, and the board's decision; then the next revision started from them.
 */
export function AnnualReviewPanel({ onOpenSteps }: AnnualReviewPanelProps) {
  const { state, refresh, show } = useAnnualReview();
  if (state.kind === 'loading') return <CenteredMessage loading title="Reading the review…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="Could not read the review" onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { view } = state;
  if (view.revision === null) {
    return (
      <Alert color="blue" variant="light" title="Nothing to review yet" maw={760}>
        {view.problem ?? 'Nothing is approved yet.'}
      </Alert>
    );
  }
  const undecided = view.goals.filter((goal) => goal.decision === null).length;
  return (
    <Stack gap="lg">
      <Text maw={760}>
        Once a year the board looks at each goal of revision {view.revision} with its results since
        it was approved on {printedDate(view.approvedOn)}, and decides: keep it, raise or lower its
        target, drop it, or reword it. A reason is needed to lower or drop a goal. Each decision is
        saved on its own; nothing in revision {view.revision} changes.
      </Text>
      <Stack gap="md">
        {view.goals.map((goal) => (
          <DecisionRow key={goal.id} goal={goal} onSaved={show} />
        ))}
      </Stack>
      <FormSection title={`Revision ${view.revision + 1}`}>
        {view.drafting === null ? (
          <StartRevision
            revision={view.revision}
            plan={view.plan}
            undecided={undecided}
            onOpenSteps={onOpenSteps}
          />
        ) : (
          <Text>
            Revision {view.drafting} is already being drafted: decisions saved now are not applied
            to it. Change its goals in the agreement’s steps; the review step shows what changed
            since revision {view.revision}, with the reasons saved here.
          </Text>
        )}
      </FormSection>
    </Stack>
  );
}
