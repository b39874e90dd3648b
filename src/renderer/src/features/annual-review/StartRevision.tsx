import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AnnualReviewView } from '@shared/api/annual-review-contract';
import { useApi } from '../../api/api-context';
import { useAgreement } from '../../form-kit/agreement-context';
import { stepWords } from '../../form-kit/step-titles';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { wizardSteps } from '@shared/domain/wizard-steps';

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
  const saying = useSay();
  return (
    <List aria-label={label} spacing="xs">
      {plan.map((item) => (
        <List.Item key={item.goalId}>{saying(item.text)}</List.Item>
      ))}
    </List>
  );
}

/** "Start revision N+1 from these decisions", confirmed with the list of what will change. */
export function StartRevision({ revision, plan, undecided, onOpenSteps }: StartRevisionProps) {
  const api = useApi();
  const text = useText();
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
      <Alert
        color="green"
        variant="light"
        title={text('annual.started', { revision: started.revision })}
      >
        <Stack gap="sm">
          <Text>{text('annual.startedCopy', { revision })}</Text>
          {started.applied.length > 0 && (
            <PlanList
              plan={started.applied}
              label={text('annual.changed', { revision: started.revision })}
            />
          )}
          <Group>
            <Button onClick={onOpenSteps}>
              {text('annual.seeChanges', {
                revision: started.revision,
                number: wizardSteps.indexOf('review') + 1,
                step: stepWords(text, 'review').title,
              })}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }

  const undecidedWords = undecided === 0 ? null : text('annual.undecided', { count: undecided });

  return (
    <Stack gap="sm" align="flex-start">
      {problem && (
        <Alert role="alert" color="red" variant="light" title={text('annual.notStarted')} w="100%">
          {problem}
        </Alert>
      )}
      <Button onClick={() => setConfirming(true)}>
        {text('annual.start', { revision: next })}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={text('annual.startAsk', { revision: next })}
        size="lg"
      >
        <Stack gap="md">
          {plan.length === 0 ? (
            <Text>{text('annual.noChanges', { next, revision })}</Text>
          ) : (
            <>
              <Text>{text('annual.startsWith', { next, revision })}</Text>
              <PlanList plan={plan} label={text('annual.willChange', { revision: next })} />
            </>
          )}
          {undecidedWords && <Text>{undecidedWords}</Text>}
          <Text>{text('annual.staysInForce', { revision, next })}</Text>
          <Group justify="flex-end" gap="md">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {text('annual.cancel')}
            </Button>
            <Button loading={starting} onClick={() => void start()}>
              {text('annual.startShort', { revision: next })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
