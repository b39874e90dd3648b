import type { Handlers } from '../../src/shared/api/contract';
import { createMemoryBackend } from './memory-backend';

/**
 * main's real handlers over a workbook and a complaint log kept in memory (no data folder), for
 * transport tests: the same validation, revisions, conflicts and freeze, without the disk;
 * exports are downloads. `overrides` replace methods.
 */
export function createFakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return { ...createMemoryBackend().handlers, ...overrides };
}
