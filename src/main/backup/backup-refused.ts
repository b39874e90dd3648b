import { AppError } from '../app-error';

/** A backup file that cannot be restored; `reason` completes "…cannot be restored because …". */
export class BackupRefused extends AppError {
  constructor(readonly reason: string) {
    super('invalid-input', `This file cannot be restored because ${reason}. Nothing was changed.`);
    this.name = 'BackupRefused';
  }
}
