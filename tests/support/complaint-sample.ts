import type { ComplaintLog, ComplaintRow } from '../../src/shared/domain/customers/complaint-log';

/** The n-th stored complaint of an import: valid, with a key no other n shares. */
export function complaintRow(n: number, importId = 'import-1'): ComplaintRow {
  return {
    key: n.toString(16).padStart(16, '0'),
    importId,
    row: n + 2,
    received: '2026-03-14T09:15',
    responded: '2026-03-14T13:15',
    resolved: '',
    category: 'Low pressure',
    description: `Complaint ${n}`,
    location: '12 Elm St',
    topic: 'pressure',
    topicChosen: false,
  };
}

/** An update that adds one import of `count` rows, numbered from `from`. */
export function addImport(id: string, from: number, count: number) {
  return (log: ComplaintLog): void => {
    log.imports.push({
      id,
      fileName: `${id}.csv`,
      importedAt: '2026-04-01T10:00:00.000Z',
      rows: count,
    });
    for (let n = from; n < from + count; n++) log.rows.push(complaintRow(n, id));
  };
}
