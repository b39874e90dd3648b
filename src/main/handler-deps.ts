import type { MainStatus } from './said-notice';
import type { FileDelivery } from './services/file-delivery';
import type { ComplaintLogStore } from './store/complaint-log-store';
import type { WorkbookRepository } from './store/repository';

/** What every area's handlers are built from: the stores, the app's status, delivery, a clock. */
export interface HandlerDeps {
  repository: WorkbookRepository;
  /** The imported complaint log (its own file beside the workbook). */
  complaints: ComplaintLogStore;
  /** Its notices are said by `app:status` in the language of the window that asks. */
  status: () => MainStatus | Promise<MainStatus>;
  /** Where exported PDFs go: a save dialog (desktop) or a download (browser). */
  delivery: FileDelivery;
  /** When "now" is, for approval and export dates; tests pass a fixed clock. */
  clock?: () => Date;
}
