import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnnualReviewView } from '@shared/api/annual-review-contract';
import { useApi } from '../../api/api-context';
import { useAgreement } from '../../form-kit/agreement-context';

interface StartRevisionProps {
  /** The revision in force, reviewed. */
  revision: number;
  plan: AnnualReviewView['plan'];
  /** Goals with no decision saved yet: they carry over as they are. */
  undecided: number;
  /** To the review step, where the new revision shows what changed, with the reasons. */
  onOpenSteps: () => void;
}

type Started = { revision: number; applied: AnnualReviewView['plan'] };

function PlanList({ plan, label }: { plan: AnnualReviewView['plan']; label: string }) {
  return (
    <List aria-label={label} spacing="xs">
      {plan.map((item) => (
        <List.Item key={item.goalId}>{item.text}</List.Item>
      ))}
    </List>
  );
}

/** "Start revision N+1 from these decisions", confirmed with the list of what will change. */
export function StartRevision({ revision, plan, undecided, onOpenSteps }: StartRevisionProps) {
  const api = useApi();
  const { onAgreementChanged } = useAgreement();
  const [confirming, setConfirming] = useState(false);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const next = revision + 1;

  async function start() {
    setStarting(true);
    const result = await api['annual:startRevision']();
    setStarting(false);
    setConfirming(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setStarted({ revision: result.value.agreement.revision, applied: result.value.applied });
    onAgreementChanged(result.value.agreement);
  }

  if (started) {
    return (
      <Alert color="green" variant="light" title={`Revision ${started.revision} started`}>
        <Stack gap="sm">
          <Text>
            A copy of revision {revision} with the board’s decisions applied. The review step shows
            “What changed since revision {revision}” with each reason, and the draft printed for the
            board does too.
          </Text>
          {started.applied.length > 0 && (
            <PlanList plan={started.applied} label={`What revision ${started.revision} changed`} />
          )}
          <Group>
            <Button onClick={onOpenSteps}>
              See what changed in revision {started.revision} (step 6, Review)
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const undecidedWords =
    undecided === 0
      ? null
      : `${undecided === 1 ? 'One goal has' : `${undecided} goals have`} no decision saved: ${undecided === 1 ? 'it is' : 'they are'} kept as ${undecided === 1 ? 'it is' : 'they are'}.`;

  return (
    <Stack gap="sm" align="flex-start">
      {problem && (
        <Alert role="alert" color="red" variant="light" title="Not started" w="100%">
          {problem}
        </Alert>
      )}
      <Button onClick={() => setConfirming(true)}>
        Start revision {next} from these decisions
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Start revision ${next} from these decisions?`}
        size="lg"
      >
        <Stack gap="md">
          {plan.length === 0 ? (
            <Text>
              No goal changes: revision {next} starts as a copy of revision {revision}.
            </Text>
          ) : (
            <>
              <Text>
                Revision {next} starts as a copy of revision {revision}, with:
              </Text>
              <PlanList plan={plan} label={`What revision ${next} will change`} />
            </>
          )}
          {undecidedWords && <Text>{undecidedWords}</Text>}
          <Text>
            Revision {revision} stays approved and in force until the board approves revision {next}
            .
          </Text>
          <Group justify="flex-end" gap="md">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button loading={starting} onClick={() => void start()}>
              Start revision {next}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
