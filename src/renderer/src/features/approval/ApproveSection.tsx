import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { FormSection } from '../../form-kit/FormSection';
import { useText } from '../../i18n/use-text';

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
  const dateId = useId();
  const text = useText();
  const [confirming, setConfirming] = useState(false);
  const [approving, setApproving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [laterDateConfirmed, setLaterDateConfirmed] = useState(false);
  const blocked = blockers.length > 0 || (meetingAfterToday !== null && !laterDateConfirmed);
  // Only the date in question: everything is recorded, so the date's warning says what is left.
  const askingDate = !blockers.length && meetingAfterToday !== null;

  async function approve() {
    setApproving(true);
    const message = await onApprove(meetingAfterToday !== null && laterDateConfirmed);
    setApproving(false);
    setConfirming(false);
    setProblem(message);
  }

  return (
    <FormSection title={text('approval.approve.title')} hint={text('approval.approve.hint')}>
      {blockers.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={text('approval.approve.notReady')}
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
          {text('approval.approve.ready', { outcome: outcomeSummary })}
        </Text>
      )}
      {askingDate && (
        <Alert
          color="yellow"
          variant="light"
          title={text('approval.approve.checkDate')}
          styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
        >
          <Stack gap="sm">
            <Text id={dateId}>{meetingAfterToday}</Text>
            <Checkbox
              size="md"
              label={text('approval.approve.dateConfirm')}
              checked={laterDateConfirmed}
              onChange={(event) => setLaterDateConfirmed(event.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
      {problem && (
        <Alert color="red" variant="light" title={text('approval.approve.failed')}>
          {problem}
        </Alert>
      )}
      <div>
        <Button
          size="xl"
          disabled={blocked}
          aria-describedby={askingDate ? `${reasonsId} ${dateId}` : reasonsId}
          onClick={() => setConfirming(true)}
        >
          {text('approval.approve.button', { revision })}
        </Button>
      </div>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={text('approval.approve.confirmTitle', { revision })}
        size="lg"
        closeButtonProps={{ 'aria-label': text('approval.approve.cancel') }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text>{text('approval.approve.vote', { outcome: outcomeSummary })}</Text>
          <Text>{text('approval.approve.explain', { revision })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {text('approval.approve.goBack')}
            </Button>
            <Button loading={approving} onClick={() => void approve()}>
              {text('approval.approve.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </FormSection>
  );
}
