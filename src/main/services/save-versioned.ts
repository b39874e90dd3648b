import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { WorkbookStore } from './editable-store';

/** The Workbook records that carry a revision. */
export type VersionedKey = 'utility' | 'scope' | 'review' | 'meeting';

export function conflictError(): AppError {
  return new AppError('conflict', refusal('refusals.changedElsewhere'));
}

/** Inside an update: replaces one record if `rev` is the stored one, bumping the revision. */
export function applyVersioned<K extends VersionedKey>(
  draft: Workbook,
  key: K,
  input: { rev: number; value: Workbook[K]['value'] },
): void {
  const current = draft[key];
  if (current.rev !== input.rev) throw conflictError();
  draft[key] = { rev: current.rev + 1, value: input.value } as Workbook[K];
}

/**
 * Saves one record if the caller's `rev` is the stored one, and bumps the revision. The check
 * runs inside the repository's queue, so two saves based on the same revision cannot both win.
 */
export async function saveVersioned<K extends VersionedKey>(
  repository: WorkbookStore,
  key: K,
  input: { rev: number; value: Workbook[K]['value'] },
): Promise<Workbook[K]> {
  const saved = await repository.update((draft) => applyVersioned(draft, key, input));
  return saved[key];
}
