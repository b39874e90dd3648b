import { Button } from '@mantine/core';
import { useText } from '../i18n/use-text';

interface UtilityButtonProps {
  utilityName: string;
  /** On a small screen the button takes the line's width rather than a fixed share of it. */
  small: boolean;
  onClick: () => void;
}

/**
 * "Utility: Cedar Creek Water ▾" in the header: which utility is open, and the way to the
 * others and to backups, on every step.
 */
export function UtilityButton({ utilityName, small, onClick }: UtilityButtonProps) {
  const text = useText();
  const shownName = utilityName.trim() === '' ? text('app.utility.unnamed') : utilityName;
  return (
    <Button
      variant="default"
      size={small ? 'sm' : 'md'}
      onClick={onClick}
      title={text('app.utility.hint')}
      aria-label={text('app.utility.label', { name: shownName })}
      rightSection={<span aria-hidden>▾</span>}
      miw={0}
      maw={small ? '100%' : '32rem'}
      styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' } }}
    >
      <span style={{ fontWeight: 400 }}>{text('app.utility')}</span> {shownName}
    </Button>
  );
}
