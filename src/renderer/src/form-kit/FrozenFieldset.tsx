import type { ReactNode } from 'react';

/**
 * Makes every field and button inside read-only while the revision is frozen: a disabled
 * fieldset disables them all at once, for the mouse, the keyboard and screen readers alike.
 */
export function FrozenFieldset({ frozen, children }: { frozen: boolean; children: ReactNode }) {
  return (
    <fieldset disabled={frozen} className="los-frozen-fieldset" data-frozen={frozen || undefined}>
      {children}
    </fieldset>
  );
}
