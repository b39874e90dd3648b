import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../store/durable-write';
import { nodeFsPort, type FsPort } from '../store/fs-port';
import type { WindowPlace } from './window-place';

const pixels = z.number().int().min(-100_000).max(100_000);
const windowPlaceSchema = z.object({
  bounds: z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) }),
  maximized: z.boolean(),
});

/** In the data folder, beside the data file; not part of the board's records or backups. */
export const windowPlaceFileName = 'window.json';

/** The place saved last time, or undefined when there is none or it cannot be used. */
export async function readWindowPlace(
  folder: string,
  fs: FsPort = nodeFsPort,
): Promise<WindowPlace | undefined> {
  try {
    const bytes = await fs.readFile(join(folder, windowPlaceFileName));
    const parsed = windowPlaceSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // Missing, unreadable or not JSON: the window opens at its default size, nothing is lost.
    return undefined;
  }
}

/** Saves the place for next time; a failure costs only the remembered place. */
export async function saveWindowPlace(
  folder: string,
  place: WindowPlace,
  fs: FsPort = nodeFsPort,
): Promise<boolean> {
  try {
    await fs.mkdir(folder);
    await writeFileDurably(fs, join(folder, windowPlaceFileName), JSON.stringify(place));
    return true;
  } catch {
    return false;
  }
}
