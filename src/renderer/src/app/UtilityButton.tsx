import { Button } from '@mantine/core';

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
  const shownName = utilityName.trim() === '' ? 'Unnamed' : utilityName;
  return (
    <Button
      variant="default"
      size={small ? 'sm' : 'md'}
      onClick={onClick}
      title="Switch utility, or save or restore a backup"
      aria-label={`Utility: ${shownName}. Switch utility or back up`}
      rightSection={<span aria-hidden>▾</span>}
      miw={0}
      maw={small ? '100%' : '32rem'}
      styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' } }}
    >
      <span style={{ fontWeight: 400 }}>Utility:</span> {shownName}
    </Button>
  );
}
