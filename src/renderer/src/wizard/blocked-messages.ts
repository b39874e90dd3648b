import type { SaveStatus } from './autosaver';

/** Why the user must stay put (on a step, in a goal's editor) until the changes are saved. */
export const blockedMessages: Record<Exclude<SaveStatus['kind'], 'saved'>, string> = {
  saving: 'Your changes are still being saved. Try again in a moment.',
  invalid:
    'Fix the field marked in red (or empty it) before moving on, so nothing you typed is lost.',
  failed: 'Your last changes are not saved yet. Press Retry next to the step title first.',
  conflict: 'This step was changed in another window. Press Reload next to the step title first.',
};

/** The first status that is not "saved", if any. */
export function firstBlocked(
  statuses: SaveStatus[],
): Exclude<SaveStatus, { kind: 'saved' }> | undefined {
  return statuses.find(
    (status): status is Exclude<SaveStatus, { kind: 'saved' }> => status.kind !== 'saved',
  );
}
