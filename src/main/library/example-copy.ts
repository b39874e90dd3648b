// The shipped example comes into the build with the code, as the goal library does: the same
// files reach the desktop app, browser mode and the tests, and no path to resources/ is needed.
import exampleComplaints from '../../../resources/example/complaint-log.json';
import exampleData from '../../../resources/example/los-builder.json';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-write';
import type { FsPort } from '../store/fs-port';
import { COMPLAINT_LOG_FILE, DATA_FILE } from '../store/store-files';
import type { UtilityLibrary } from './utility-library';

/**
 * Opens the example utility: the copy already on the list, where the user has practised, or a
 * fresh copy of the shipped one in a new folder of its own. Removing the copy and opening the
 * example again starts afresh. Nothing of any other utility is read or written.
 */
export async function openExample(library: UtilityLibrary, fs: FsPort): Promise<string> {
  for (const key of await library.keys()) {
    if ((await library.summary(key)).example) return library.switchTo(key);
  }
  return library.create((folder) => writeExampleFiles(fs, folder));
}

/** The data file last: until it is there, the folder is an empty utility, never a broken one. */
async function writeExampleFiles(fs: FsPort, folder: string): Promise<void> {
  await writeFileDurably(fs, join(folder, COMPLAINT_LOG_FILE), JSON.stringify(exampleComplaints));
  await writeFileDurably(fs, join(folder, DATA_FILE), JSON.stringify(exampleData));
}
