import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { FormSection } from '../../form-kit/FormSection';

interface ApproveSectionProps {
  revision: number;
  /** Plain reasons approval is refused now; the button stays disabled while any stands. */
  blockers: string[];
  outcomeSummary: string;
  /** "The meeting date, … is after today. …" when it is; approving then needs a tick. */
  meetingAfterToday: string | null;
  /** Saves what is waiting and approves; answers an error message, or null when approved. */
  onApprove: (meetingAfterTodayConfirmed: boolean) => Promise<string | null>;
}

/** The reasons approval is not possible yet, and the button that approves and freezes. */
export function ApproveSection({
  revision,
  blockers,
  outcomeSummary,
  meetingAfterToday,
  onApprove,
}: ApproveSectionProps) {
  const reasonsId = useId();
  const [confirming, setConfirming] = useState(false);
  const [approving, setApproving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [laterDateConfirmed, setLaterDateConfirmed] = useState(false);
  const blocked = blockers.length > 0 || (meetingAfterToday !== null && !laterDateConfirmed);

  async function approve() {
    setApproving(true);
    const message = await onApprove(meetingAfterToday !== null && laterDateConfirmed);
    setApproving(false);
    setConfirming(false);
    setProblem(message);
  }

  return (
    <FormSection
      title="Approve the agreement"
      hint="Once the vote is recorded and the motion carried, approving freezes this revision so the signed copy can never drift from what the board adopted."
    >
      {blocked ? (
        <Alert
          color="yellow"
          variant="light"
          title="Not ready to approve yet"
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <List id={reasonsId} spacing="xs">
            {blockers.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text id={reasonsId} fw={600}>
          Everything is recorded and the motion carried: {outcomeSummary}
        </Text>
      )}
      {!blockers.length && meetingAfterToday && (
        <Alert
          color="yellow"
          variant="light"
          title="Check the meeting date"
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <Stack gap="sm">
            <Text>{meetingAfterToday}</Text>
            <Checkbox
              size="md"
              label="The meeting has taken place on that date: record the vote anyway"
              checked={laterDateConfirmed}
              onChange={(event) => setLaterDateConfirmed(event.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" title="Not approved">
          {problem}
        </Alert>
      )}
      <div>
        <Button
          size="xl"
          disabled={blocked}
          aria-describedby={reasonsId}
          onClick={() => setConfirming(true)}
        >
          Approve and freeze revision {revision}
        </Button>
      </div>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Approve and freeze revision ${revision}?`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Cancel' }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text>The board’s vote: {outcomeSummary}</Text>
          <Text>
            Approving freezes revision {revision}: the utility and team, the goals, the review
            settings and this meeting record can no longer be changed, and the version gets its
            fingerprint for the signed copy. To change anything later, start a new revision.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Go back
            </Button>
            <Button loading={approving} onClick={() => void approve()}>
              Approve and freeze
            </Button>
          </Group>
        </Stack>
      </Modal>
    </FormSection>
  );
}
