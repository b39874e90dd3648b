import { List, Stack, Text, Title } from '@mantine/core';
import type { Review } from '@shared/api/approval-contract';
import { plural } from '@shared/domain/numbers/plural';
import { changeWords, goalWords, nothingChangedWords } from '@shared/pdf/changes-section';
import { FormSection } from '../../form-kit/FormSection';

type Changes = NonNullable<Review['changes']>;

/**
 * "What changed since revision N": while the board drafts the next revision, what it will be
 * asked to approve that differs from the agreement in force, so nothing changes unnoticed.
 */
export function ChangesSinceSection({ changes }: { changes: Changes }) {
  const { since, goals, mission } = changes;
  const nothing = goals.length === 0 && mission === null;
  return (
    <FormSection
      title={`What changed since revision ${since}`}
      hint={`Revision ${since} is the agreement in force. The board sees these changes before it votes.`}
    >
      {nothing ? (
        <Text>{nothingChangedWords(since)}</Text>
      ) : (
        <Stack gap="md">
          {goals.length > 0 && (
            <Text fw={600}>
              {plural(goals.length, 'goal')} {goals.length === 1 ? 'differs' : 'differ'}.
            </Text>
          )}
          {goals.map((goal) => (
            <div key={`${goal.change}-${goal.number}`}>
              <Title order={4} size="h5">
                {changeWords[goal.change]}: {goalWords(goal, since)} — {goal.statement}
              </Title>
              {goal.details.length > 0 && (
                <List spacing={4}>
                  {goal.details.map((detail) => (
                    <List.Item key={detail}>{detail}</List.Item>
                  ))}
                </List>
              )}
            </div>
          ))}
          {mission && (
            <div>
              <Title order={4} size="h5">
                Changed: the mission statement
              </Title>
              <Text>Was: “{mission.before}”</Text>
              <Text>Now: “{mission.after}”</Text>
            </div>
          )}
        </Stack>
      )}
    </FormSection>
  );
}
