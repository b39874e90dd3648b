import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { MissedGoal, ReportView } from '@shared/api/report-contract';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { say as saying } from '../../i18n/say';
import { SpanishPart } from '../../form-kit/SpanishPart';

interface FollowUpFormProps {
  goal: MissedGoal;
  year: number;
  /** Shows the reports' data a save or a clear answers. */
  onSaved: (view: ReportView) => void;
}

/** "What we will do" about one missed goal, printed beside the miss on that year's report card. */
export function FollowUpForm({ goal, year, onSaved }: FollowUpFormProps) {
  const api = useApi();
  const say = useText();
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
    setDone(say(kind === 'save' ? 'reports.followUp.saved' : 'reports.followUp.cleared'));
    onSaved(result.value);
  }

  return (
    <Stack gap="xs">
      <Text fw={700}>
        {say('reports.followUp.goal', {
          number: goal.number,
          statement: goal.statement === '' ? '—' : goal.statement,
        })}
      </Text>
      <Text size="sm">
        {say('reports.followUp.target', {
          target: saying(say, goal.targetWords),
          result: saying(say, goal.result),
        })}
      </Text>
      <Textarea
        label={say('reports.followUp.label', { number: goal.number, year: String(year) })}
        description={say('reports.followUp.hint')}
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
        why={say('reports.followUp.why')}
        openLabel={say('reports.followUp.open')}
      >
        <Textarea
          label={say('reports.followUp.spanishLabel', {
            number: goal.number,
            year: String(year),
          })}
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
          {say('reports.followUp.save')}
        </Button>
        <Button
          variant="default"
          loading={busy === 'clear'}
          disabled={goal.followUp === ''}
          onClick={() => void run('clear')}
        >
          {say('reports.followUp.clear')}
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
