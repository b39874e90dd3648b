import { Button } from '@mantine/core';
import { useText } from '../../i18n/use-text';
import { useOpenGlossary } from './glossary-context';

/**
 * The wide header's way to the words explained, on every screen. A small screen has no room in
 * its header: its step menu lists them after the steps (StepDrawer).
 */
export function GlossaryButton() {
  const open = useOpenGlossary();
  const text = useText();
  if (!open) return null;
  return (
    // Never squeezed onto two lines: the utility's name beside it is the one that gives way.
    <Button
      variant="subtle"
      size="md"
      px="xs"
      style={{ flexShrink: 0 }}
      aria-haspopup="dialog"
      onClick={() => open()}
    >
      {text('glossary.open')}
    </Button>
  );
}
