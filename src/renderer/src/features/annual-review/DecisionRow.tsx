import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { memo, useId, useState, type FormEvent } from 'react';
import type { AnnualReviewView, ReviewedGoal } from '@shared/api/annual-review-contract';
import { needsReason, takesNewTarget } from '@shared/domain/annual-review/decision-problem';
import { reviewChoices } from '@shared/domain/tracking/review-records';
import { useApi } from '../../api/api-context';
import { say } from '../../i18n/say';
import { NumberTextField } from '../../form-kit/NumberTextField';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText, type Text as Say } from '../../i18n/use-text';
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
function choiceHint(text: Say, goal: ReviewedGoal, choice: DecisionDraft['choice']): string | null {
  if (choice === 'reword') return text('annual.hint.reword');
  if (choice === 'drop') return text('annual.hint.drop');
  if (choice === 'raise' || choice === 'lower') {
    // Raising an at-most goal asks for a lower number; lowering it, a higher one.
    const atMost = goal.direction === 'at-most';
    const way = (choice === 'raise') === atMost ? 'lower' : 'higher';
    return text(choice === 'raise' ? 'annual.hint.raise' : 'annual.hint.lower', { way });
  }
  return null;
}

/** The row's save state in words, beside its button: read without the colour. */
function saveWords(text: Say, save: SaveState, dirty: boolean, savedWords: string | null): string {
  if (save.kind === 'saving') return text('annual.state.saving');
  if (save.kind === 'invalid') return text('annual.state.invalid');
  if (save.kind === 'failed' || dirty) return text('annual.state.dirty');
  return savedWords
    ? text('annual.state.saved', { decision: savedWords })
    : text('annual.state.none');
}

/** One goal at the annual review: its year, the suggestion, and the board's decision. */
export const DecisionRow = memo(function DecisionRow({ goal, onSaved }: DecisionRowProps) {
  const api = useApi();
  const text = useText();
  const language = useScreenLanguage();
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
    const checked = checkedDecision(text, goal, draft);
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
  const savedWords = saved ? decidedWords(text, language, saved, goal.unit) : null;
  const hint = choiceHint(text, goal, choice);
  const reasonLabel = text(
    choice !== null && needsReason(choice) ? 'annual.reason' : 'annual.reasonOptional',
  );

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p={{ base: 'sm', xs: 'lg' }}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} id={headingId} fz="lg">
              {text('annual.goal', { number: goal.number, statement: goal.statement })}
            </Title>
            <Text>{text('annual.target', { target: say(text, goal.targetWords) })}</Text>
          </div>
          <div>
            <Text>
              <strong>{text('annual.year')}</strong>{' '}
              {text('annual.yearSummary', { summary: say(text, goal.results.summary) })}
            </Text>
            <Text>
              <strong>{text('annual.suggested')}</strong>{' '}
              <span aria-hidden>{suggestionMarks[goal.suggestion.kind]} </span>
              {say(text, goal.suggestion.text)}
            </Text>
          </div>
          <Radio.Group
            label={text('annual.choiceFor', { number: goal.number })}
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
                  label={text(choiceWords[option])}
                  disabled={takesNewTarget(option) && !goal.canChangeTarget}
                />
              ))}
            </Group>
          </Radio.Group>
          {!goal.canChangeTarget && (
            <Text size="sm" c="dimmed">
              {text('annual.notSingle')}
            </Text>
          )}
          {hint && <Text size="sm">{hint}</Text>}
          {choice !== null && takesNewTarget(choice) && (
            <NumberTextField
              label={text('annual.newTarget')}
              description={text('annual.today', { target: say(text, goal.targetWords) })}
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
              description={text(
                needsReason(choice) ? 'annual.reasonNeeded' : 'annual.reasonIfChanged',
              )}
              autosize
              minRows={2}
              maxRows={6}
              value={draft.reason}
              onChange={(event) => set({ reason: event.currentTarget.value })}
              error={errors.reason}
            />
          )}
          {save.kind === 'failed' && (
            <Alert role="alert" color="red" variant="light" title={text('annual.notSaved')}>
              {text('annual.stillOnScreen', { problem: save.message })}
            </Alert>
          )}
          <Group gap="md" align="center">
            <Button
              type="submit"
              loading={save.kind === 'saving'}
              aria-label={text(save.kind === 'failed' ? 'annual.retryLabel' : 'annual.saveLabel', {
                number: goal.number,
              })}
            >
              {text(save.kind === 'failed' ? 'annual.retry' : 'annual.save')}
            </Button>
            <Text role="status" fw={600} c={!dirty && saved ? successColor : undefined}>
              {saveWords(text, save, dirty, savedWords)}
            </Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
});
