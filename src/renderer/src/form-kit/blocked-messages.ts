import type { SaveStatus } from './autosaver';
import type { Text } from '../i18n/use-text';

type Blocking = Exclude<SaveStatus, { kind: 'saved' } | { kind: 'frozen' }>;

const blockedKeys = {
  saving: 'form.blocked.saving',
  invalid: 'form.blocked.invalid',
  failed: 'form.blocked.failed',
  conflict: 'form.blocked.conflict',
  stale: 'form.blocked.stale',
} as const satisfies Record<Blocking['kind'], string>;

/** Why the user must stay put (on a step, in a goal's editor) until the changes are saved. */
export function blockedMessage(text: Text, kind: Blocking['kind']): string {
  return text(blockedKeys[kind]);
}

/**
 * The first status that should keep the user where they are, if any. A frozen revision never
 * does: its edits can never be saved, so staying would only trap the user.
 */
export function firstBlocked(statuses: SaveStatus[]): Blocking | undefined {
  return statuses.find(
    (status): status is Blocking => status.kind !== 'saved' && status.kind !== 'frozen',
  );
}
