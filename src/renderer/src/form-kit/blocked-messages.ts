import type { SaveStatus } from './autosaver';

type Blocking = Exclude<SaveStatus, { kind: 'saved' } | { kind: 'frozen' }>;

/** Why the user must stay put (on a step, in a goal's editor) until the changes are saved. */
export const blockedMessages: Record<Blocking['kind'], string> = {
  saving: 'Your changes are still being saved. Try again in a moment.',
  invalid:
    'Fix the field marked in red (or empty it) before moving on, so nothing you typed is lost.',
  failed: 'Your last changes are not saved yet. Press Retry next to the step title first.',
  conflict:
    'Another window changed a field you typed in. At each field marked “Not saved”, choose “Keep mine” or “Use the other window’s” first.',
  stale:
    'Another window changed this and it could not be read again here. Press Reload next to the step title first.',
};

/**
 * The first status that should keep the user where they are, if any. A frozen revision never
 * does: its edits can never be saved, so staying would only trap the user.
 */
export function firstBlocked(statuses: SaveStatus[]): Blocking | undefined {
  return statuses.find(
    (status): status is Blocking => status.kind !== 'saved' && status.kind !== 'frozen',
  );
}
