import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GoalKind } from '@shared/domain/goal';
import { wizardSteps } from '@shared/domain/wizard-steps';
import { goalsStepOf, stepTitles } from '../../form-kit/step-titles';

/**
 * Says where a goal added from the library went: "Goal 7 added to External goals (step 5)".
 * A goal of the other kind is listed on the other step, so it would otherwise seem to vanish;
 * the button goes there and opens it.
 */
export function showAddedNotice(options: {
  goalId: string;
  number: number;
  kind: GoalKind;
  /** The kind of goals on the step the library was opened from. */
  shownKind: GoalKind;
  /** Null when the step is shown on its own and cannot move to another. */
  goThere: (() => void) | null;
}) {
  const { goalId, number, kind, shownKind, goThere } = options;
  const step = goalsStepOf[kind];
  const { title } = stepTitles[step];
  const id = `goal-added-${goalId}`;
  const elsewhere = kind !== shownKind;
  notifications.show({
    id,
    title: `Goal ${number} added to ${title} (step ${wizardSteps.indexOf(step) + 1})`,
    // Long enough for a slow reader to find the button.
    autoClose: elsewhere ? 20_000 : 6_000,
    message: elsewhere ? (
      <Group justify="space-between" gap="sm">
        <Text style={{ flex: '1 1 12rem', minWidth: 0 }}>
          It is an {kind} goal, so it is listed there, not on this step.
        </Text>
        {goThere && (
          <Button
            variant="outline"
            style={{ flexShrink: 0 }}
            onClick={() => {
              notifications.hide(id);
              goThere();
            }}
          >
            Go to {title}
          </Button>
        )}
      </Group>
    ) : (
      'It opens for wording when you close the library.'
    ),
  });
}
