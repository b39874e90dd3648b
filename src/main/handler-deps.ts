import type { AppStatus } from '../shared/api/setup-contract';
import type { FileDelivery } from './services/file-delivery';
import type { ComplaintLogStore } from './store/complaint-log-store';
import type { WorkbookRepository } from './store/repository';

/** What every area's handlers are built from: the stores, the app's status, delivery, a clock. */
export interface HandlerDeps {
  repository: WorkbookRepository;
  /** The imported complaint log (its own file beside the workbook). */
  complaints: ComplaintLogStore;
  status: () => AppStatus | Promise<AppStatus>;
  /** Where exported PDFs go: a save dialog (desktop) or a download (browser). */
  delivery: FileDelivery;
  /** When "now" is, for approval and export dates; tests pass a fixed clock. */
  clock?: () => Date;
}
