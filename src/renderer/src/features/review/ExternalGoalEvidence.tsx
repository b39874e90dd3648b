import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { CustomersView } from '@shared/api/customer-contract';
import { evidenceLines } from '@shared/domain/customers/evidence-lines';
import type { Goal } from '@shared/domain/goal';
import { numberedGoals } from '@shared/domain/goal-numbers';
import { EvidenceLines } from '../../form-kit/EvidenceLines';
import { useAgreement } from '../../form-kit/agreement-context';
import { FormSection } from '../../form-kit/FormSection';
import { stepName } from '../../form-kit/step-titles';
import { requestCustomersTab } from '../customers/customers-tab';

interface ExternalGoalEvidenceProps {
  goals: Goal[];
  customers: CustomersView;
  onGoToCustomers: () => void;
}

/**
 * What each external goal rests on, for the board to weigh before it votes: external goals
 * should come from a real conversation with customers (seed text).
 */
export function ExternalGoalEvidence({
  goals,
  customers,
  onGoToCustomers,
}: ExternalGoalEvidenceProps) {
  const { frozen } = useAgreement();
  // In the agreement's order, with its numbers, so "Goal 3" here is Goal 3 everywhere.
  const external = numberedGoals(goals).filter(({ goal }) => goal.kind === 'external');
  if (external.length === 0) return null;
  const context = { records: customers.records, complaints: customers.complaints };
  return (
    <FormSection
      title="What customers said, goal by goal"
      // The complaint log stays open after the vote: complaints imported since are not printed.
      hint={
        frozen
          ? `The evidence linked in ${stepName('customers')}; the approved agreement prints it as it read at the vote, so complaints imported since then show here only.`
          : `The evidence linked in ${stepName('customers')}; the agreement prints it under each external goal.`
      }
    >
      <Stack gap="sm">
        {external.map(({ goal, number }) => (
          <Paper key={goal.id} withBorder p="sm">
            <Title order={4} fz="md" mb={4}>
              Goal {number}: {goal.statement.trim() === '' ? '(no wording yet)' : goal.statement}
            </Title>
            <EvidenceLines lines={evidenceLines(goal.id, context)} />
          </Paper>
        ))}
        <Text size="sm" c="dimmed">
          Heard something new? Add it and link it on the Customers step.
        </Text>
        <Button
          variant="default"
          onClick={() => {
            requestCustomersTab('heard');
            onGoToCustomers();
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          Link evidence on the Customers step
        </Button>
      </Stack>
    </FormSection>
  );
}
