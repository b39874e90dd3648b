import { basename, dirname, join } from 'node:path';
import { errorCode, type FsPort } from './fs-port';

/** Windows briefly refuses a rename while an antivirus or indexer holds the file. */
const renameRetryCodes = new Set(['EPERM', 'EBUSY', 'EACCES']);
const renameAttempts = 5;
const renameRetryDelayMs = 50;

/** Errors some systems give for fsync on a folder (Windows cannot do it); nothing to act on. */
const folderSyncUnsupported = new Set(['EPERM', 'EISDIR', 'EINVAL', 'EBADF', 'ENOTSUP', 'EACCES']);

let tempCounter = 0;

const tempPattern = /^\..+\.\d+-\d+\.tmp$/;

/** Whether a name is one of our temp files (left behind only by a crash). */
export function isTempFileName(name: string): boolean {
  return tempPattern.test(name);
}

/**
 * Replaces `path` with `content` so that after a crash or power cut the file holds either the old
 * or the new content, never a mix or nothing: unique temp file, fsync, rename, folder fsync.
 * Resolves only once the new content is durable.
 */
export async function writeFileDurably(
  fs: FsPort,
  path: string,
  content: string | Uint8Array,
): Promise<void> {
  tempCounter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${tempCounter}.tmp`);
  let renamed = false;
  try {
    const file = await fs.openExclusive(temp);
    try {
      // Text goes as it is: Node encodes it while writing, with no extra copy of a large file.
      await file.write(content);
      await file.sync();
    } finally {
      await file.close().catch(() => undefined);
    }
    await renameWithRetry(fs, temp, path);
    renamed = true;
    await syncFolder(fs, dirname(path));
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function renameWithRetry(fs: FsPort, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const retryable = renameRetryCodes.has(errorCode(error) ?? '');
      if (!retryable || attempt >= renameAttempts || process.platform !== 'win32') throw error;
      await new Promise((resolve) => setTimeout(resolve, renameRetryDelayMs * attempt));
    }
  }
}

/** Folder fsync, ignoring the "not supported here" answers (real I/O errors still fail). */
export async function syncFolder(fs: FsPort, folder: string): Promise<void> {
  try {
    await fs.syncDir(folder);
  } catch (error) {
    if (!folderSyncUnsupported.has(errorCode(error) ?? '')) throw error;
  }
}
