import { sampleToday } from './sample-today';
import { Low, Memory } from 'lowdb';
import type { Handlers } from '../../src/shared/api/contract';
import { createHandlers } from '../../src/main/handlers';
import { downloadDelivery } from '../../src/main/services/file-delivery';
import { ComplaintLogStore } from '../../src/main/store/complaint-log-store';
import type { FsPort } from '../../src/main/store/fs-port';
import { WorkbookRepository } from '../../src/main/store/repository';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import { emptyWorkbook, type Workbook } from '../../src/shared/domain/workbook';

/** A file layer that accepts every write and keeps nothing: the complaint log stays in memory. */
const discardingFs: FsPort = {
  openExclusive: () =>
    Promise.resolve({
      write: () => Promise.resolve(),
      sync: () => Promise.resolve(),
      close: () => Promise.resolve(),
    }),
  rename: () => Promise.resolve(),
  unlink: () => Promise.resolve(),
  readFile: () => Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })),
  readdir: () => Promise.resolve([]),
  mkdir: () => Promise.resolve(),
  syncDir: () => Promise.resolve(),
};

/**
 * main's real handlers over a workbook and a complaint log kept in memory (no data folder), for
 * transport tests: the same validation, revisions, conflicts and freeze, without the disk;
 * exports are downloads. `overrides` replace methods.
 */
export function createFakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const repository = new WorkbookRepository(new Low<Workbook>(new Memory(), emptyWorkbook()));
  const complaints = new ComplaintLogStore({
    fs: discardingFs,
    path: '/memory/complaint-log.json',
    appVersion: '0.0.0-test',
    clock: () => new Date(),
  });
  const handlers = createHandlers({
    repository,
    complaints,
    status: () => ({
      appVersion: '0.0.0-test',
      schemaVersion: currentSchemaVersion,
      mode: 'browser',
      notices: [],
    }),
    delivery: downloadDelivery,
    clock: sampleToday,
  });
  return { ...handlers, ...overrides };
}
