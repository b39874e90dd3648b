import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { describeEvidence } from '@shared/domain/customers/describe-evidence';
import type { WizardStep } from '@shared/domain/wizard-steps';
import { FormSection } from '../../form-kit/FormSection';
import { stepName } from '../../form-kit/step-titles';
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
  return (
    <FormSection
      title="Evidence for each external goal"
      // The complaint log stays open after the vote, so on an approved revision these lines can
      // count newer complaints than the approved agreement prints.
      hint={
        frozen
          ? 'The approved agreement prints these lines as they read at the vote, never a customer’s name or address; complaints imported since then show here only.'
          : 'The review flags an external goal with nothing linked. The agreement prints these lines, never a customer’s name or address.'
      }
    >
      {state.externalGoals.length === 0 && (
        <Text c="dimmed">
          No external goals yet. Start one from a topic with “Use as evidence”.
        </Text>
      )}
      {state.externalGoals.map((goal) => {
        const links = state.records.evidence.filter((link) => link.goalId === goal.id);
        const name = goalName(goal, state.goals);
        return (
          <Paper key={goal.id} withBorder p="md">
            <Stack gap="xs">
              <Title order={4} fz="lg">
                {name}
              </Title>
              {links.length === 0 ? (
                <Text c="red.9" fw={600}>
                  Nothing linked yet.
                </Text>
              ) : (
                <List spacing="xs">
                  {links.map((link) => {
                    const line = describeEvidence(link.ref, context);
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
                              aria-label={`Unlink “${line}” from ${name}`}
                              onClick={() => void state.unlink(link)}
                            >
                              Unlink
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
            Word and set the targets in {stepName('external-goals')}
          </Button>
        </Group>
      )}
    </FormSection>
  );
}
