import { Box, Button } from '@mantine/core';
import { useText } from '../i18n/use-text';

interface OverviewButtonProps {
  /** The overview is on screen: the button says so rather than leave its place. */
  current: boolean;
  onClick: () => void;
}

/**
 * "Goal results" in the header: the way back to the approved agreement's year from any step.
 * Short, so the utility's name beside it keeps its room; its full name is the overview's title.
 */
export function OverviewButton({ current, onClick }: OverviewButtonProps) {
  const text = useText();
  return (
    <Button
      variant={current ? 'light' : 'default'}
      // Small and narrow on every screen: the utility's long name needs the header's width
      // more, and on a phone it shares its line with the step menu, as "Results".
      size="sm"
      px="xs"
      aria-current={current ? 'page' : undefined}
      aria-label={text('app.results.label')}
      onClick={onClick}
      style={{ flexShrink: 0 }}
    >
      <Box component="span" visibleFrom="xs">
        {text('app.results')}
      </Box>
      <Box component="span" hiddenFrom="xs">
        {text('app.results.short')}
      </Box>
    </Button>
  );
}
