import { Alert, Stack, Text } from '@mantine/core';
import { printedDate } from '@shared/domain/printed-date';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { say } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  const language = useScreenLanguage();
  const { state, refresh, show } = useAnnualReview();
  if (state.kind === 'loading') {
    return <CenteredMessage loading title={text('annual.reading')} />;
  }
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title={text('annual.readFailed')} onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { view } = state;
  if (view.revision === null) {
    return (
      <Alert color="blue" variant="light" title={text('annual.nothingYet')} maw={760}>
        {view.problem ? say(text, view.problem) : text('annual.nothingApproved')}
      </Alert>
    );
  }
  const undecided = view.goals.filter((goal) => goal.decision === null).length;
  return (
    <Stack gap="lg">
      <Text maw={760}>
        {text('annual.intro', {
          revision: view.revision,
          approvedOn: printedDate(view.approvedOn, language),
        })}
      </Text>
      <Stack gap="md">
        {view.goals.map((goal) => (
          <DecisionRow key={goal.id} goal={goal} onSaved={show} />
        ))}
      </Stack>
      <FormSection title={text('annual.nextRevision', { revision: view.revision + 1 })}>
        {view.drafting === null ? (
          <StartRevision
            revision={view.revision}
            plan={view.plan}
            undecided={undecided}
            onOpenSteps={onOpenSteps}
          />
        ) : (
          <Text>
            {text('annual.alreadyDrafting', { drafting: view.drafting, revision: view.revision })}
          </Text>
        )}
      </FormSection>
    </Stack>
  );
}
