import { Stack, Title } from '@mantine/core';
import type { TrackingView } from '@shared/api/tracking-contract';
import { TrackedGoalCard } from './TrackedGoalCard';
import { areaHeading } from './tracking-words';
import { useDeleteResult } from './use-delete-result';

interface GoalsByAreaProps {
  view: TrackingView;
  approvedOn: string;
  onSaved: (view: TrackingView) => void;
}

/** Every approved goal under its area, in the agreement's order and with its number. */
export function GoalsByArea({ view, approvedOn, onSaved }: GoalsByAreaProps) {
  const onDelete = useDeleteResult(onSaved);
  return (
    <Stack gap="xl">
      {view.areas.map(({ area, goals }) => (
        <Stack component="section" gap="md" key={area ?? 'none'} aria-label={areaHeading(area)}>
          <Title order={3}>{areaHeading(area)}</Title>
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
