import { Box } from '@mantine/core';
import type { GoalStatus } from '@shared/domain/tracking/goal-standing';
import { successColor } from '../../theme';
import { useText } from '../../i18n/use-text';

// Dark text on a pale fill: every pair reads at 4.5:1 or more, and the words and marks say the
// same as the colour for anyone who cannot tell the colours apart.
const looks: Record<GoalStatus, { text: string; fill: string; edge: string }> = {
  met: { text: successColor, fill: 'green.0', edge: successColor },
  'on-track': { text: successColor, fill: 'green.0', edge: successColor },
  'not-met': { text: 'red.9', fill: 'red.0', edge: 'var(--mantine-color-red-9)' },
  due: { text: 'dark.8', fill: 'yellow.1', edge: 'var(--mantine-color-yellow-8)' },
  'no-data': { text: 'dark.8', fill: 'gray.0', edge: 'var(--mantine-color-gray-6)' },
};

/** "✓ Met", "✗ Not met", "Result due"…: where a goal stands, beside its name. */
export function StatusTag({ status }: { status: GoalStatus }) {
  const text = useText();
  const look = looks[status];
  return (
    <Box
      component="span"
      px="sm"
      py={2}
      fw={700}
      fz="md"
      c={look.text}
      bg={look.fill}
      bd={`2px solid ${look.edge}`}
      style={{ borderRadius: 'var(--mantine-radius-xl)', whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {text(`tracking.status.${status}`)}
    </Box>
  );
}
