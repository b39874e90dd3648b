import { Blockquote, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import { sameRef, type EvidenceRef } from '@shared/domain/customers/evidence';
import { stepNameIn } from '../../form-kit/step-titles';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { goalName } from './goal-name';
import type { CustomerRecordsState } from './use-customer-records';

const newGoal = 'new';

interface UseAsEvidenceModalProps {
  /** What to link; the dialog is closed while null. */
  evidence: EvidenceRef | null;
  state: CustomerRecordsState;
  onClose: () => void;
}

/**
 * Links a topic's tally, its complaints, the whole complaint log or one card to an external
 * goal, existing or new.
 */
export function UseAsEvidenceModal({ evidence, state, onClose }: UseAsEvidenceModalProps) {
  const [choice, setChoice] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const text = useText();
  const saying = useSay();
  const context = { records: state.records, complaints: state.complaints };
  const sentence = evidence ? saying(describeEvidence(evidence, context)) : '';

  async function link(ref: EvidenceRef) {
    setBusy(true);
    const goal =
      choice === newGoal
        ? await state.addGoalFor(sentence)
        : (state.externalGoals.find((other) => other.id === choice) ?? null);
    const linked = goal !== null && (await state.link({ goalId: goal.id, ref }));
    setBusy(false);
    if (!goal || !linked) return;
    notifications.show({
      color: 'green',
      title: text('customers.link.linked'),
      message:
        choice === newGoal
          ? text('customers.link.linkedNew', { step: stepNameIn(text, 'external-goals') })
          : text('customers.link.linkedTo', { goal: goalName(text, goal, state.goals) }),
    });
    setChoice('');
    onClose();
  }

  const linkedTo = new Set(
    evidence
      ? state.records.evidence
          .filter((other) => sameRef(other.ref, evidence))
          .map((other) => other.goalId)
      : [],
  );

  return (
    <Modal
      opened={evidence !== null}
      onClose={onClose}
      size="lg"
      title={text('customers.link.title')}
      closeButtonProps={{ 'aria-label': text('customers.link.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {evidence && (
        <Stack gap="md">
          <Blockquote p="sm" color="blue">
            {sentence}
          </Blockquote>
          <Radio.Group label={text('customers.link.which')} value={choice} onChange={setChoice}>
            <Stack gap="sm" mt="xs">
              {state.externalGoals.map((goal) => (
                <Radio
                  key={goal.id}
                  value={goal.id}
                  disabled={linkedTo.has(goal.id)}
                  label={
                    linkedTo.has(goal.id)
                      ? text('customers.link.already', { goal: goalName(text, goal, state.goals) })
                      : goalName(text, goal, state.goals)
                  }
                />
              ))}
              <Radio
                value={newGoal}
                label={text('customers.link.newGoal', { step: stepNameIn(text, 'external-goals') })}
              />
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {text('customers.link.newGoalNote')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {text('customers.link.cancel')}
            </Button>
            <Button disabled={choice === ''} loading={busy} onClick={() => void link(evidence)}>
              {text('customers.link.link')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
