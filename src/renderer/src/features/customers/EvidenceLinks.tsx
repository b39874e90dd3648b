import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { FormSection } from '../../form-kit/FormSection';
import { stepNameIn } from '../../form-kit/step-titles';
import { useSay } from '../../i18n/say';
import { useText } from '../../i18n/use-text';
import { goalName } from './goal-name';
import type { CustomerRecordsState } from './use-customer-records';

interface EvidenceLinksProps {
  state: CustomerRecordsState;
  frozen: boolean;
  onGoTo: (step: WizardStep) => void;
}

/** What each external goal rests on, with a way to take a link back. */
export function EvidenceLinks({ state, frozen, onGoTo }: EvidenceLinksProps) {
  const context = { records: state.records, complaints: state.complaints };
  const text = useText();
  const saying = useSay();
  return (
    <FormSection
      title={text('customers.links.title')}
      // The complaint log stays open after the vote, so on an approved revision these lines can
      // count newer complaints than the approved agreement prints.
      hint={text(frozen ? 'customers.links.hintApproved' : 'customers.links.hint')}
    >
      {state.externalGoals.length === 0 && <Text c="dimmed">{text('customers.links.none')}</Text>}
      {state.externalGoals.map((goal) => {
        const links = state.records.evidence.filter((link) => link.goalId === goal.id);
        const name = goalName(text, goal, state.goals);
        return (
          <Paper key={goal.id} withBorder p="md">
            <Stack gap="xs">
              <Title order={4} fz="lg">
                {name}
              </Title>
              {links.length === 0 ? (
                <Text c="red.9" fw={600}>
                  {text('customers.links.nothing')}
                </Text>
              ) : (
                <List spacing="xs">
                  {links.map((link) => {
                    const line = saying(describeEvidence(link.ref, context));
                    return (
                      <List.Item key={JSON.stringify(link.ref)}>
                        <Group gap="sm" wrap="nowrap" align="flex-start">
                          <Text style={{ flex: 1 }}>{line}</Text>
                          {!frozen && (
                            <Button
                              size="compact-md"
                              variant="subtle"
                              color="red.9"
                              c="red.9"
                              aria-label={text('customers.links.unlinkLabel', { line, goal: name })}
                              onClick={() => void state.unlink(link)}
                            >
                              {text('customers.links.unlink')}
                            </Button>
                          )}
                        </Group>
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </Stack>
          </Paper>
        );
      })}
      {state.externalGoals.length > 0 && (
        <Group>
          <Button variant="default" onClick={() => onGoTo('external-goals')}>
            {text('customers.links.toGoals', { step: stepNameIn(text, 'external-goals') })}
          </Button>
        </Group>
      )}
    </FormSection>
  );
}
