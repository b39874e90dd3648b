import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { CustomersView } from '@shared/api/customer-contract';
import { evidenceLines } from '@shared/domain/customers/evidence-lines';
import type { Goal } from '@shared/domain/goal';
import { numberedGoals } from '@shared/domain/goal-numbers';
import { EvidenceLines } from '../../form-kit/EvidenceLines';
import { useAgreement } from '../../form-kit/agreement-context';
import { FormSection } from '../../form-kit/FormSection';
import { stepNameIn } from '../../form-kit/step-titles';
import { requestCustomersTab } from '../customers/customers-tab';
import { useText } from '../../i18n/use-text';

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
  const text = useText();
  // In the agreement's order, with its numbers, so "Goal 3" here is Goal 3 everywhere.
  const external = numberedGoals(goals).filter(({ goal }) => goal.kind === 'external');
  if (external.length === 0) return null;
  const context = { records: customers.records, complaints: customers.complaints };
  return (
    <FormSection
      title={text('review.evidence.title')}
      // The complaint log stays open after the vote: complaints imported since are not printed.
      hint={text(frozen ? 'review.evidence.hintFrozen' : 'review.evidence.hint', {
        step: stepNameIn(text, 'customers'),
      })}
    >
      <Stack gap="sm">
        {external.map(({ goal, number }) => (
          <Paper key={goal.id} withBorder p="sm">
            <Title order={4} fz="md" mb={4}>
              {text('review.evidence.goal', {
                number,
                statement:
                  goal.statement.trim() === '' ? text('review.evidence.noWording') : goal.statement,
              })}
            </Title>
            <EvidenceLines lines={evidenceLines(goal.id, context)} />
          </Paper>
        ))}
        <Text size="sm" c="dimmed">
          {text('review.evidence.heard')}
        </Text>
        <Button
          variant="default"
          onClick={() => {
            requestCustomersTab('heard');
            onGoToCustomers();
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {text('review.evidence.link')}
        </Button>
      </Stack>
    </FormSection>
  );
}
