import { Low, Memory } from 'lowdb';
import type { Handlers } from '../../src/shared/api/contract';
import { createHandlers } from '../../src/main/handlers';
import { downloadDelivery } from '../../src/main/services/file-delivery';
import { WorkbookRepository } from '../../src/main/store/repository';
import { emptyWorkbook, type Workbook } from '../../src/shared/domain/workbook';

/**
 * main's real handlers over a workbook kept in memory (no data folder), for transport tests:
 * the same validation, revisions, conflicts and freeze, without the disk; exports are downloads. `overrides` replace methods.
 */
export function createFakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const repository = new WorkbookRepository(new Low<Workbook>(new Memory(), emptyWorkbook()));
  const handlers = createHandlers({
    repository,
    status: () => ({ appVersion: '0.0.0-test', schemaVersion: 3, mode: 'browser', notices: [] }),
    delivery: downloadDelivery,
  });
  return { ...handlers, ...overrides };
}
