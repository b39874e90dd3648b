import { List, Stack, Text, Title } from '@mantine/core';
import type { Review } from '@shared/api/approval-contract';
import { FormSection } from '../../form-kit/FormSection';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText, type Text as TextOf } from '../../i18n/use-text';

/** The changes as each language's draft prints them. */
type Changes = NonNullable<Review['changes']>;
type GoalChange = Changes['en']['goals'][number];

/** "goal 1", "goal 1 (goal 2 in revision 5)", "goal 3 of revision 5", as the papers say it. */
function goalWords(text: TextOf, goal: GoalChange, since: number): string {
  if (goal.change === 'dropped')
    return text('review.changes.dropped', { number: goal.number, since });
  if (goal.formerNumber === null) return text('review.changes.goal', { number: goal.number });
  return text('review.changes.goalMoved', {
    number: goal.number,
    former: goal.formerNumber,
    since,
  });
}

/**
 * "What changed since revision N": while the board drafts the next revision, what it will be
 * asked to approve that differs from the agreement in force, so nothing changes unnoticed.
 */
export function ChangesSinceSection({ changes }: { changes: Changes }) {
  const text = useText();
  const { since, goals, mission } = changes[useScreenLanguage()];
  const nothing = goals.length === 0 && mission === null;
  return (
    <FormSection
      title={text('review.changes.title', { since })}
      hint={text('review.changes.hint', { since })}
    >
      {nothing ? (
        <Text>{text('review.changes.nothing', { since })}</Text>
      ) : (
        <Stack gap="md">
          {goals.length > 0 && (
            <Text fw={600}>{text('review.changes.count', { count: goals.length })}</Text>
          )}
          {goals.map((goal) => (
            <div key={`${goal.change}-${goal.number}`}>
              <Title order={4} size="h5">
                {text('review.changes.heading', {
                  change: goal.change,
                  which: goalWords(text, goal, since),
                  statement: goal.statement,
                })}
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
                {text('review.changes.mission')}
              </Title>
              <Text>{text('review.changes.was', { text: mission.before })}</Text>
              <Text>{text('review.changes.now', { text: mission.after })}</Text>
            </div>
          )}
        </Stack>
      )}
    </FormSection>
  );
}
