import { Stack, Title } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { TrackedGoalCard } from './TrackedGoalCard';
import { areaHeading, useWords } from './tracking-words';
import { useDeleteResult } from './use-delete-result';

interface GoalsByAreaProps {
  view: TrackingView;
  approvedOn: string;
  onSaved: (view: TrackingView) => void;
}

/** Every approved goal under its area, in the agreement's order and with its number. */
export function GoalsByArea({ view, approvedOn, onSaved }: GoalsByAreaProps) {
  const words = useWords();
  const onDelete = useDeleteResult(onSaved);
  return (
    <Stack gap="xl">
      {view.areas.map(({ area, goals }) => (
        <Stack
          component="section"
          gap="md"
          key={area ?? 'none'}
          aria-label={areaHeading(words, area)}
        >
          <Title order={3}>{areaHeading(words, area)}</Title>
          {goals.map((goal) => (
            <TrackedGoalCard
              key={goal.id}
              goal={goal}
              approvedOn={approvedOn}
              onSaved={onSaved}
              onDelete={onDelete}
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
