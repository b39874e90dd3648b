import { Blockquote, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import { sameRef, type EvidenceRef } from '@shared/domain/customers/evidence';
import { stepName } from '../../form-kit/step-titles';
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
  const context = { records: state.records, complaints: state.complaints };
  const sentence = evidence ? describeEvidence(evidence, context) : '';

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
      title: 'Linked as evidence',
      message:
        choice === newGoal
          ? `A new external goal rests on it. Give the goal its wording, area and target in ${stepName('external-goals')}.`
          : `Now linked to ${goalName(goal, state.goals)}`,
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
      title="Use as evidence for an external goal"
      closeButtonProps={{ 'aria-label': 'Close without linking' }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {evidence && (
        <Stack gap="md">
          <Blockquote p="sm" color="blue">
            {sentence}
          </Blockquote>
          <Radio.Group label="Which goal does it support?" value={choice} onChange={setChoice}>
            <Stack gap="sm" mt="xs">
              {state.externalGoals.map((goal) => (
                <Radio
                  key={goal.id}
                  value={goal.id}
                  disabled={linkedTo.has(goal.id)}
                  label={`${goalName(goal, state.goals)}${linkedTo.has(goal.id) ? ' (already linked)' : ''}`}
                />
              ))}
              <Radio
                value={newGoal}
                label={`A new external goal, to word in ${stepName('external-goals')}`}
              />
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            A new goal starts with this line under “What customers said”.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button disabled={choice === ''} loading={busy} onClick={() => void link(evidence)}>
              Link
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
