import {
  complaintColumnTitles,
  complaintColumns,
  type ColumnChoices,
  type ComplaintColumn,
} from '../complaint-log';

/** A chosen header the file does not have (a mapping kept from another file). */
export interface MissingColumn {
  column: ComplaintColumn;
  header: string;
  /** "Date received: the file has no column called 'Fecha'; choose one of its columns." */
  message: string;
}

export interface ColumnIndexes {
  /** Each column's position in a record; null when no header is chosen for it. */
  indexes: Record<ComplaintColumn, number | null>;
  missing: MissingColumn[];
}

/** Where each chosen header sits in the file's headers. */
export function columnIndexes(choices: ColumnChoices, headers: string[]): ColumnIndexes {
  const indexes = Object.fromEntries(complaintColumns.map((column) => [column, null])) as Record<
    ComplaintColumn,
    number | null
  >;
  const missing: MissingColumn[] = [];
  for (const column of complaintColumns) {
    // A time column is absent from a mapping made before time columns existed.
    const header = choices[column] ?? null;
    if (header === null) continue;
    const index = headers.indexOf(header);
    if (index >= 0) {
      indexes[column] = index;
    } else {
      const title = complaintColumnTitles[column];
      const message = `${title}: the file has no column called '${header}'; choose one of its columns.`;
      missing.push({ column, header, message });
    }
  }
  return { indexes, missing };
}
