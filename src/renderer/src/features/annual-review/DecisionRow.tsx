import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { memo, useId, useState, type FormEvent } from 'react';
import type { AnnualReviewView, ReviewedGoal } from '@shared/api/annual-review-contract';
import {
  decisionLabels,
  needsReason,
  takesNewTarget,
} from '@shared/domain/annual-review/decision-problem';
import { reviewChoices } from '@shared/domain/tracking/review-records';
import { useApi } from '../../api/api-context';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { successColor } from '../../theme';
import { choiceWords, decidedWords, suggestionMarks } from './annual-review-words';
import {
  checkedDecision,
  differsFromSaved,
  draftOf,
  errorsOf,
  type DecisionDraft,
  type DecisionErrors,
} from './decision-draft';

interface DecisionRowProps {
  goal: ReviewedGoal;
  /** The review as the save answered it. */
  onSaved: (view: AnnualReviewView) => void;
}

/**
 * Where the row's save stands: `invalid` when a field needs fixing (its message is under it),
 * `failed` when the save itself did not happen (the disk, the connection): then it can be tried
 * again as it is.
 */
type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'invalid' } | { kind: 'failed'; message: string };

/** What a choice changes, said under the radio when it is chosen. */
function choiceHint(goal: ReviewedGoal, choice: DecisionDraft['choice']): string | null {
  if (choice === 'reword') {
    return 'The next revision keeps the goal as it is; you reword it there, in its step.';
  }
  if (choice === 'drop') return 'The next revision leaves this goal out.';
  if (choice === 'raise' || choice === 'lower') {
    const way = goal.direction === 'at-most' ? 'lower' : 'higher';
    const other = way === 'lower' ? 'higher' : 'lower';
    return choice === 'raise'
      ? `Raising promises more: a ${way} number than today’s target.`
      : `Lowering promises less: a ${other} number than today’s target.`;
  }
  return null;
}

/** The row's save state in words, beside its button: read without the colour. */
function saveWords(save: SaveState, dirty: boolean, savedWords: string | null): string {
  if (save.kind === 'saving') return 'Saving…';
  if (save.kind === 'invalid') return 'Not saved: fix what is said above';
  if (save.kind === 'failed' || dirty) return 'Not saved yet';
  return savedWords ? `✓ Saved: ${savedWords}` : 'No decision yet';
}

/** One goal at the annual review: its year, the suggestion, and the board's decision. */
export const DecisionRow = memo(function DecisionRow({ goal, onSaved }: DecisionRowProps) {
  const api = useApi();
  const headingId = useId();
  const [draft, setDraft] = useState<DecisionDraft>(() => draftOf(goal));
  const [errors, setErrors] = useState<DecisionErrors>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // The saved decision the draft was last in step with: when another window saves a new one
  // and nothing was typed here since, the row shows the new one.
  const [basis, setBasis] = useState(goal.decision);
  if (goal.decision?.decidedAt !== basis?.decidedAt) {
    setBasis(goal.decision);
    if (!differsFromSaved({ ...goal, decision: basis }, draft)) setDraft(draftOf(goal));
  }
  const dirty = differsFromSaved(goal, draft);
  const { choice } = draft;

  const set = (change: Partial<DecisionDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setErrors((current) => {
      const kept = { ...current };
      for (const key of Object.keys(change)) delete kept[key as keyof DecisionDraft];
      return kept;
    });
    setSave((current) => (current.kind === 'invalid' ? { kind: 'idle' } : current));
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (save.kind === 'saving') return;
    const checked = checkedDecision(goal, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setSave({ kind: 'invalid' });
      return;
    }
    setSave({ kind: 'saving' });
    const result = await api['annual:saveDecision'](checked.input);
    if (!result.ok) {
      const refused = errorsOf(result.error);
      setErrors(refused);
      const invalid = Object.keys(refused).length > 0;
      setSave(invalid ? { kind: 'invalid' } : { kind: 'failed', message: result.error.message });
      return;
    }
    setSave({ kind: 'idle' });
    onSaved(result.value);
  }

  const saved = goal.decision;
  const savedWords = saved ? decidedWords(saved, goal.unit) : null;
  const hint = choiceHint(goal, choice);
  const reasonLabel = choice !== null && needsReason(choice) ? 'Reason' : 'Reason (optional)';

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p={{ base: 'sm', xs: 'lg' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} id={headingId} fz="lg">
              Goal {goal.number}: {goal.statement}
            </Title>
            <Text>Target: {goal.targetWords}</Text>
          </div>
          <div>
            <Text>
              <strong>The year:</strong> {goal.results.summary}.
            </Text>
            <Text>
              <strong>Suggested:</strong>{' '}
              <span aria-hidden>{suggestionMarks[goal.suggestion.kind]} </span>
              {goal.suggestion.text}
            </Text>
          </div>
          <Radio.Group
            label={`${decisionLabels.choice} for goal ${goal.number}`}
            value={choice}
            onChange={(value) =>
              set({ choice: reviewChoices.find((option) => option === value) ?? null })
            }
            error={errors.choice}
          >
            <Group gap="md" mt="xs">
              {reviewChoices.map((option) => (
                <Radio
                  key={option}
                  value={option}
                  label={choiceWords[option]}
                  disabled={takesNewTarget(option) && !goal.canChangeTarget}
                />
              ))}
            </Group>
          </Radio.Group>
          {!goal.canChangeTarget && (
            <Text size="sm" c="dimmed">
              This goal’s target is not a single number to raise or lower: reword it to change it.
            </Text>
          )}
          {hint && <Text size="sm">{hint}</Text>}
          {choice !== null && takesNewTarget(choice) && (
            <NumberTextField
              label={decisionLabels.newTarget}
              description={`Today: ${goal.targetWords}.`}
              unit={goal.unit}
              value={draft.newTarget}
              onChange={(event) => set({ newTarget: event.currentTarget.value })}
              error={errors.newTarget}
              maw={360}
            />
          )}
          {choice !== null && (
            <Textarea
              label={reasonLabel}
              description={
                needsReason(choice)
                  ? 'Shown with the change on the review step and printed in the draft the board votes on.'
                  : 'Shown with the change on the review step and in the draft, if the goal changes.'
              }
              autosize
              minRows={2}
              maxRows={6}
              value={draft.reason}
              onChange={(event) => set({ reason: event.currentTarget.value })}
              error={errors.reason}
            />
          )}
          {save.kind === 'failed' && (
            <Alert role="alert" color="red" variant="light" title="Not saved">
              {save.message} Your decision is still on screen.
            </Alert>
          )}
          <Group gap="md" align="center">
            <Button
              type="submit"
              loading={save.kind === 'saving'}
              aria-label={`${save.kind === 'failed' ? 'Try again to save' : 'Save'} the decision for goal ${goal.number}`}
            >
              {save.kind === 'failed' ? 'Try again' : 'Save decision'}
            </Button>
            <Text role="status" fw={600} c={!dirty && saved ? successColor : undefined}>
              {saveWords(save, dirty, savedWords)}
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
});
