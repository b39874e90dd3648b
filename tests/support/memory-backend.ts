import { Low, Memory } from 'lowdb';
import type { Handlers } from '../../src/shared/api/contract';
import { createHandlers } from '../../src/main/handlers';
import type { SaidNotice } from '../../src/main/said-notice';
import { memoryLibrary, type LibraryHandlers } from './memory-library';
import { downloadDelivery, type FileDelivery } from '../../src/main/services/file-delivery';
import { ComplaintLogStore } from '../../src/main/store/complaint-log-store';
import type { FsPort } from '../../src/main/store/fs-port';
import { WorkbookRepository } from '../../src/main/store/repository';
import { currentSchemaVersion } from '../../src/main/store/schema-version';
import {
  complaintLogSchema,
  emptyComplaintLog,
  type ComplaintLog,
} from '../../src/shared/domain/customers/complaint-log';
import { emptyWorkbook, workbookSchema, type Workbook } from '../../src/shared/domain/workbook';
import { sampleToday } from './sample-today';

/**
 * A file layer that accepts every write and keeps nothing. The complaint log store keeps the
 * log it saved in memory and reads it from there, so nothing needs to come back from "disk".
 */
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
  rmdir: () => Promise.resolve(),
  syncDir: () => Promise.resolve(),
};

export interface MemoryBackendOptions {
  /** The stored workbook to start from; checked with the real schema, as opening a file is. */
  workbook?: Workbook;
  /** The complaint log already imported; checked with the real schema too. */
  complaintLog?: ComplaintLog;
  /** Where exported PDFs go; a browser download unless a test needs a dialog's answers. */
  delivery?: FileDelivery;
  /** Start-up notices (a restored backup, a set-aside file): the store's, not a handler's. */
  notices?: () => readonly SaidNotice[];
  /** Library and backup methods to answer instead of the one-utility ones. */
  library?: Partial<LibraryHandlers>;
}

export interface MemoryBackend {
  handlers: Handlers;
  /** The stored workbook, as the services see it. */
  repository: WorkbookRepository;
  /** The stored complaint log. */
  complaints: ComplaintLogStore;
}

/**
 * main's real handlers over a workbook and a complaint log kept in memory (no data folder):
 * the same validation, revisions, conflicts and freeze as the app, without the disk. The
 * clock is the sample "today", after the sample meetings, so they can be approved.
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const workbook = workbookSchema.parse(options.workbook ?? emptyWorkbook());
  const repository = new WorkbookRepository(new Low<Workbook>(new Memory(), workbook));
  const complaints = new ComplaintLogStore(
    {
      fs: discardingFs,
      path: '/memory/complaint-log.json',
      appVersion: '0.0.0-test',
      clock: () => new Date(),
    },
    complaintLogSchema.parse(options.complaintLog ?? emptyComplaintLog),
  );
  const notices = options.notices ?? (() => []);
  // What preferences.json would hold: remembered for the life of the backend.
  let language: 'en' | 'es' | null = null;
  const handlers = createHandlers({
    repository,
    complaints,
    status: () => ({
      appVersion: '0.0.0-test',
      schemaVersion: currentSchemaVersion,
      mode: 'browser',
      notices: notices(),
      utility: { key: 'first', count: 1 },
      language,
    }),
    delivery: options.delivery ?? downloadDelivery,
    clock: sampleToday,
  });
  return {
    handlers: {
      ...handlers,
      ...memoryLibrary(repository),
      'preferences:setLanguage': ({ language: chosen }) => {
        language = chosen;
        return { language: chosen };
      },
      ...options.library,
    },
    repository,
    complaints,
  };
}
