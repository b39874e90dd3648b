import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { TrackedGoal, TrackingView } from '@shared/api/tracking-contract';
import type { PeriodKind } from '@shared/domain/tracking/periods';
import { useApi } from '../../api/api-context';
import { successColor } from '../../theme';
import { PeriodField } from './PeriodField';
import { PeriodRows } from './PeriodRows';
import { checkedEntry, errorsAt, type FieldErrors, type ResultDraft } from './result-draft';
import { kindChoiceWords, periodWords, useWords } from './tracking-words';
import { commonestKind, likelyPeriod, rowFor, rowsToSave } from './whole-period';

interface WholePeriodFormProps {
  kinds: Map<PeriodKind, TrackedGoal[]>;
  approvedOn: string;
  onSaved: (view: TrackingView) => void;
}

function rowsFor(goals: readonly TrackedGoal[], period: string): Record<string, ResultDraft> {
  return Object.fromEntries(goals.map((goal) => [goal.id, rowFor(goal, period)]));
}

/**
 * Every goal kept by the same kind of period in one table, for typing a month's figures in one
 * sitting: Tab from box to box, Enter (or the button) saves them all at once, or none.
 */
export function WholePeriodForm({ kinds, approvedOn, onSaved }: WholePeriodFormProps) {
  const api = useApi();
  const words = useWords();
  const { text } = words;
  const [kind, setKind] = useState<PeriodKind>(() => commonestKind(kinds));
  const goals = kinds.get(kind) ?? [];
  const [period, setPeriod] = useState(() => likelyPeriod(goals));
  const [rows, setRows] = useState(() => rowsFor(goals, period));
  // Rows typed in keep what was typed when the period changes; the others show its results.
  const [typed, setTyped] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  const [periodError, setPeriodError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  function choose(nextKind: PeriodKind, nextPeriod: string) {
    const nextGoals = kinds.get(nextKind) ?? [];
    const fresh = rowsFor(nextGoals, nextPeriod);
    const keep = nextKind === kind ? typed : new Set<string>();
    setRows((current) => {
      const merged = { ...fresh };
      for (const id of keep) if (current[id]) merged[id] = { ...current[id], period: nextPeriod };
      return merged;
    });
    setTyped(keep);
    setKind(nextKind);
    setPeriod(nextPeriod);
    setErrors({});
    setPeriodError(undefined);
    setProblem(null);
    setSaved(null);
  }

  function change(goalId: string, change: Partial<ResultDraft>) {
    setRows((current) => {
      const row = current[goalId];
      return row ? { ...current, [goalId]: { ...row, ...change } } : current;
    });
    setTyped((current) => new Set(current).add(goalId));
    setErrors(({ [goalId]: _fixed, ...others }) => others);
    setSaved(null);
  }

  async function save() {
    if (saving) return;
    setSaved(null);
    if (period.trim() === '') {
      setPeriodError(text('tracking.whole.choosePeriod'));
      setProblem(text('tracking.whole.periodFirst'));
      return;
    }
    const toSave = rowsToSave(goals, rows).map(({ goal, draft }) => ({
      goal,
      checked: checkedEntry(text, goal, { ...draft, period }),
    }));
    if (toSave.length === 0) {
      setProblem(text('tracking.whole.nothingTyped'));
      return;
    }
    const found: Record<string, FieldErrors> = {};
    const entries = toSave.flatMap(({ goal, checked }) => {
      if (checked.ok) return [checked.entry];
      // The period is one field for every row: its message goes there, once.
      const { period: periodProblem, ...rowErrors } = checked.errors;
      if (periodProblem) setPeriodError(periodProblem);
      found[goal.id] = rowErrors;
      return [];
    });
    if (entries.length < toSave.length) {
      setErrors(found);
      setProblem(text('tracking.whole.fixRows'));
      return;
    }
    setSaving(true);
    const result = await api['tracking:saveActuals']({ entries });
    setSaving(false);
    if (!result.ok) {
      toSave.forEach(({ goal }, index) => {
        const at = errorsAt(result.error, index);
        if (at.period) setPeriodError(at.period);
        if (at.value || at.source) found[goal.id] = at;
      });
      setErrors(found);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setTyped(new Set());
    setSaved(
      text('tracking.whole.saved', {
        count: entries.length,
        period: periodWords(words, kind, period),
      }),
    );
    onSaved(result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    void save();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <form
      aria-label={text('tracking.whole.form')}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NativeSelect
            ref={first}
            label={text('tracking.whole.which')}
            size="md"
            data={[...kinds].map(([value, list]) => ({
              value,
              label: kindChoiceWords(words, value, list.length),
            }))}
            value={kind}
            onChange={(event) => {
              const next = [...kinds.keys()].find((each) => each === event.currentTarget.value);
              if (next) choose(next, likelyPeriod(kinds.get(next) ?? []));
            }}
          />
          <PeriodField
            goal={goals[0] ?? { periodKind: kind, periods: [] }}
            approvedOn={approvedOn}
            value={period}
            onChange={(next) => choose(kind, next)}
            error={periodError}
          />
        </SimpleGrid>
        <Text c="dimmed">{text('tracking.whole.rowsHint')}</Text>
        <PeriodRows goals={goals} rows={rows} errors={errors} onChange={change} />
        {problem && (
          <Alert role="alert" color="red" variant="light" title={text('tracking.notSaved')}>
            {problem}
          </Alert>
        )}
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {text('tracking.whole.save')}
          </Button>
          <Text role="status" fw={600} c={successColor}>
            {saved ?? ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
