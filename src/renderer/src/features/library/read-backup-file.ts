import { backupTooLarge, maxBackupBytes } from '@shared/api/library-contract';
import { bytesToBase64 } from '@shared/base64';

export type BackupFileRead = { ok: true; base64: string } | { ok: false; message: string };

/** A chosen backup file as base64 for the API; one over the size limit is refused unread. */
export async function readBackupFile(file: File): Promise<BackupFileRead> {
  if (file.size > maxBackupBytes) return { ok: false, message: backupTooLarge };
  return { ok: true, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
