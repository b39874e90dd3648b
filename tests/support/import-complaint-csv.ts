import type { Handlers } from '../../src/shared/api/contract';
import type { ColumnMapping } from '../../src/shared/domain/customers/complaint-log';

/** What the mapper does in one go: opens the CSV in main, then imports it with `mapping`. */
export async function importComplaintCsv(
  handlers: Pick<Handlers, 'complaints:open' | 'complaints:import'>,
  file: { fileName: string; csvText: string; mapping: ColumnMapping },
) {
  const { fileId } = await handlers['complaints:open']({
    fileName: file.fileName,
    csvText: file.csvText,
  });
  return handlers['complaints:import']({ fileId, mapping: file.mapping });
}
