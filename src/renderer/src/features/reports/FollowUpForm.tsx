import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { followUpLabel, type MissedGoal, type ReportView } from '@shared/api/report-contract';
import { followUpSpanishLabel } from '@shared/domain/tracking/review-records';
import { useApi } from '../../api/api-context';
import { SpanishPart } from '../../form-kit/SpanishPart';

interface FollowUpFormProps {
  goal: MissedGoal;
  year: number;
  /** Shows the reports' data a save or a clear answers. */
  onSaved: (view: ReportView) => void;
}

const words = {
  why: 'Optional, for the Spanish report card. Left empty, it prints the English, marked “(en inglés)”.',
  open: 'Write it in Spanish',
};

/** "What we will do" about one missed goal, printed beside the miss on that year's report card. */
export function FollowUpForm({ goal, year, onSaved }: FollowUpFormProps) {
  const api = useApi();
  const [text, setText] = useState(goal.followUp);
  const [spanish, setSpanish] = useState(goal.followUpSpanish);
  const [busy, setBusy] = useState<'save' | 'clear' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const changed = text.trim() !== goal.followUp || spanish.trim() !== goal.followUpSpanish;

  async function run(kind: 'save' | 'clear') {
    setBusy(kind);
    setProblem(null);
    setDone(null);
    const result =
      kind === 'save'
        ? await api['report:saveFollowUp']({
            goalId: goal.goalId,
            year,
            text,
            textSpanish: spanish,
          })
        : await api['report:clearFollowUp']({ goalId: goal.goalId, year });
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    if (kind === 'clear') {
      setText('');
      setSpanish('');
    }
    setDone(kind === 'save' ? 'Saved for the report card.' : 'Cleared.');
    onSaved(result.value);
  }

  return (
    <Stack gap="xs">
      <Text fw={700}>
        Goal {goal.number}: {goal.statement === '' ? '—' : goal.statement}
      </Text>
      <Text size="sm">
        Target {goal.targetWords}. {goal.result}
      </Text>
      <Textarea
        label={`${followUpLabel} (goal ${goal.number}, ${year})`}
        description="Printed beside this miss on the report card, in the words you type here."
        autosize
        minRows={2}
        maxLength={600}
        value={text}
        error={problem}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setDone(null);
        }}
      />
      <SpanishPart
        written={goal.followUpSpanish !== ''}
        frozen={false}
        why={words.why}
        openLabel={words.open}
      >
        <Textarea
          label={`${followUpSpanishLabel} (goal ${goal.number}, ${year})`}
          lang="es"
          autosize
          minRows={2}
          maxLength={600}
          value={spanish}
          onChange={(event) => {
            setSpanish(event.currentTarget.value);
            setDone(null);
          }}
        />
      </SpanishPart>
      <Group gap="sm">
        <Button
          loading={busy === 'save'}
          disabled={!changed || text.trim() === ''}
          onClick={() => void run('save')}
        >
          Save
        </Button>
        <Button
          variant="default"
          loading={busy === 'clear'}
          disabled={goal.followUp === ''}
          onClick={() => void run('clear')}
        >
          Clear
        </Button>
      </Group>
      <div role="status">
        {done && (
          <Alert color="green" variant="light" py={6}>
            {done}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
