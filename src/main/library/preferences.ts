import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../../shared/domain/printed-date';
import { languageSchema } from '../../shared/api/preferences-contract';
import { writeFileDurably } from '../store/durable-write';
import type { FsPort } from '../store/fs-port';
import { parseJson } from '../store/workbook-codec';

/** Beside library.json: what this computer's app remembers for everyone, whichever utility. */
export const PREFERENCES_FILE = 'preferences.json';

const preferencesSchema = z.strictObject({ language: languageSchema });

/** The chosen language, or null when none was chosen (or the file is missing or damaged). */
export async function readLanguage(fs: FsPort, root: string): Promise<Language | null> {
  try {
    return preferencesSchema.parse(parseJson(await fs.readFile(join(root, PREFERENCES_FILE))))
      .language;
  } catch {
    // Nothing a board wrote is lost: the app follows the computer's language until chosen again.
    return null;
  }
}

export async function saveLanguage(fs: FsPort, root: string, language: Language): Promise<void> {
  await writeFileDurably(fs, join(root, PREFERENCES_FILE), JSON.stringify({ language }));
}
