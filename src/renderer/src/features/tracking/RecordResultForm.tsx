import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TrackedGoal, TrackingView } from '@shared/api/tracking-contract';
import { useApi } from '../../api/api-context';
import { PeriodField } from './PeriodField';
import { checkedEntry, errorsAt, type FieldErrors, type ResultDraft } from './result-draft';
import { periodWords, resultForPeriod, resultWords, useWords } from './tracking-words';
import { ValueField } from './ValueField';

interface RecordResultFormProps {
  goal: TrackedGoal;
  approvedOn: string;
  /** Where the form starts: the period most likely meant, the source used last time. */
  initial: ResultDraft;
  /** The overview as the save answered it, with what was saved in words. */
  onSaved: (view: TrackingView, saved: string) => void;
  onCancel: () => void;
}

/** One result of one goal: the period, the figure, where it comes from and a note. */
export function RecordResultForm(props: RecordResultFormProps) {
  const { goal, approvedOn, initial, onSaved, onCancel } = props;
  const api = useApi();
  const words = useWords();
  const { text } = words;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const set = (change: Partial<ResultDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    // A message stays until its field is changed, so it is not lost while the next is fixed.
    setErrors((current) => {
      const kept = { ...current };
      for (const key of Object.keys(change)) delete kept[key as keyof ResultDraft];
      return kept;
    });
  };
  const replaced = goal.actuals.find((actual) => actual.period === draft.period);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const checked = checkedEntry(text, goal, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setProblem(text('tracking.record.fixFields'));
      return;
    }
    setSaving(true);
    const result = await api['tracking:saveActuals']({ entries: [checked.entry] });
    setSaving(false);
    if (!result.ok) {
      setErrors(errorsAt(result.error, 0));
      setProblem(result.error.message);
      return;
    }
    onSaved(result.value, resultForPeriod(words, goal, checked.entry));
  }

  return (
    <form
      ref={form}
      aria-label={text('tracking.record.form', { number: goal.number })}
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PeriodField
            goal={goal}
            approvedOn={approvedOn}
            value={draft.period}
            onChange={(period) => set({ period })}
            error={errors.period}
            recorded={new Set(goal.actuals.map((actual) => actual.period))}
          />
          <ValueField
            goal={goal}
            value={draft.value}
            onChange={(value) => set({ value })}
            error={errors.value}
          />
        </SimpleGrid>
        {replaced && (
          <Text>
            {text('tracking.record.replaces', {
              period: periodWords(words, goal.periodKind, replaced.period),
              result: resultWords(words, goal, replaced.value),
            })}
          </Text>
        )}
        <TextInput
          label={text('tracking.field.source')}
          description={text('tracking.record.sourceHint')}
          value={draft.source}
          onChange={(event) => set({ source: event.currentTarget.value })}
          error={errors.source}
        />
        <Textarea
          label={text('tracking.record.noteOptional')}
          autosize
          minRows={2}
          maxRows={6}
          value={draft.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
          error={errors.note}
        />
        {problem && (
          <Alert role="alert" color="red" variant="light" title={text('tracking.notSaved')}>
            {problem}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {text('tracking.record.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {text('tracking.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
