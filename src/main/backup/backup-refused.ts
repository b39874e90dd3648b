import { AppError } from '../app-error';
import { refusal, type RefusalKey, type RefusalValue } from '../messages/refusal';

/** Why a backup is refused: one of `refusals.backup.*`, or why its bytes are unusable. */
export type BackupReason = Extract<RefusalKey, `refusals.backup.${string}` | 'refusals.fileReason'>;

/**
 * A backup file that cannot be restored; the reason completes "…cannot be restored because …",
 * said with the rest in the language of the window that asked.
 */
export class BackupRefused extends AppError {
  constructor(reason: BackupReason, values?: Record<string, RefusalValue>) {
    super('invalid-input', refusal('refusals.backupRefused', { reason: refusal(reason, values) }));
    this.name = 'BackupRefused';
  }
}
