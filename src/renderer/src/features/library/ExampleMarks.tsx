import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useText } from '../../i18n/use-text';

/** The example's color: neither a warning's yellow nor an error's red, and seen at a glance. */
const exampleColor = 'grape';

interface ExampleBannerProps {
  /** The way to the utilities list; null on that screen itself. */
  onOpenUtilities: (() => void) | null;
}

/**
 * Above every screen of the example utility: whoever looks at it, or at a screenshot of it, knows
 * it is practice, not a real board's record, and sees the way back to their own utilities.
 */
export function ExampleBanner({ onOpenUtilities }: ExampleBannerProps) {
  const text = useText();
  return (
    <Alert
      color={exampleColor}
      variant="light"
      // A lasting mark, not news: announced as a note, once, rather than as an alert on each screen.
      role="note"
      title={text('example.bannerTitle')}
      styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Group justify="space-between" gap="sm">
        <Text inherit maw={720}>
          {text('example.bannerBody')}
        </Text>
        {onOpenUtilities && (
          <Button variant="default" size="sm" onClick={onOpenUtilities}>
            {text('example.toUtilities')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** "Example", beside a name: in the header and on the utilities list. */
export function ExampleBadge({ size = 'lg' }: { size?: 'md' | 'lg' }) {
  const text = useText();
  return (
    <Badge size={size} tt="none" color={exampleColor} variant="filled" style={{ flexShrink: 0 }}>
      {text('example.badge')}
    </Badge>
  );
}
