import { Button } from '@mantine/core';
import { useText } from '../../i18n/use-text';
import { useOpenGlossary } from './glossary-context';

/** The header's way to the words explained, on every screen. */
export function GlossaryButton({ small }: { small: boolean }) {
  const open = useOpenGlossary();
  const text = useText();
  if (!open) return null;
  return (
    <Button
      variant="subtle"
      size={small ? 'compact-xs' : 'md'}
      px={small ? 4 : 'xs'}
      aria-haspopup="dialog"
      // The short word on a small screen is still named in full for a screen reader.
      aria-label={small ? text('glossary.open') : undefined}
      onClick={() => open()}
    >
      {text(small ? 'glossary.open.short' : 'glossary.open')}
    </Button>
  );
}
