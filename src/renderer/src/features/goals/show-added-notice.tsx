import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { GoalKind } from '@shared/domain/goal';
import { wizardSteps } from '@shared/domain/wizard-steps';
import { goalsStepOf, stepWords } from '../../form-kit/step-titles';
import type { Text as Say } from '../../i18n/use-text';

/**
 * Says where a goal added from the library went: "Goal 7 added to External goals (step 5)".
 * A goal of the other kind is listed on the other step, so it would otherwise seem to vanish;
 * the button goes there and opens it. Mantine draws notifications outside the language
 * provider, so the words come worded from the caller's `text`.
 */
export function showAddedNotice(
  text: Say,
  options: {
    goalId: string;
    number: number;
    kind: GoalKind;
    /** The kind of goals on the step the library was opened from. */
    shownKind: GoalKind;
    /** Null when the step is shown on its own and cannot move to another. */
    goThere: (() => void) | null;
  },
) {
  const { goalId, number, kind, shownKind, goThere } = options;
  const step = goalsStepOf[kind];
  const { title } = stepWords(text, step);
  const id = `goal-added-${goalId}`;
  const elsewhere = kind !== shownKind;
  notifications.show({
    id,
    title: text('goals.added.title', { number, title, step: wizardSteps.indexOf(step) + 1 }),
    // Long enough for a slow reader to find the button.
    autoClose: elsewhere ? 20_000 : 6_000,
    message: elsewhere ? (
      <Group justify="space-between" gap="sm">
        <Text style={{ flex: '1 1 12rem', minWidth: 0 }}>
          {text('goals.added.elsewhere', { kind })}
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
            {text('goals.added.goThere', { title })}
          </Button>
        )}
      </Group>
    ) : (
      text('goals.added.opens')
    ),
  });
}
