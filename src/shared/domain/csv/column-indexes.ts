import { said, type Said } from '../../i18n/said';
import type { SaidKey } from '../../i18n/shared-catalog';

/** A chosen header the file does not have (a mapping kept from another file). */
export interface MissingColumn<C extends string> {
  column: C;
  header: string;
  /** "Date received: the file has no column called 'Fecha'; choose one of its columns." */
  message: Said;
}

export interface ColumnIndexes<C extends string> {
  /** Each column's position in a record; null when no header is chosen for it. */
  indexes: Record<C, number | null>;
  missing: MissingColumn<C>[];
}

/**
 * Where each chosen header sits in the file's headers. `columns` are what an import maps the
 * file onto and `titles` their names (label keys), which a missing column's message starts with.
 */
export function columnIndexes<C extends string>(
  // A column may be absent from a mapping made before it existed (the complaint log's times).
  choices: Partial<Record<C, string | null>>,
  headers: string[],
  columns: readonly C[],
  titles: Record<C, SaidKey>,
): ColumnIndexes<C> {
  const indexes = Object.fromEntries(columns.map((column) => [column, null])) as Record<
    C,
    number | null
  >;
  const missing: MissingColumn<C>[] = [];
  for (const column of columns) {
    const header = choices[column] ?? null;
    if (header === null) continue;
    const index = headers.indexOf(header);
    if (index >= 0) {
      indexes[column] = index;
    } else {
      const message = said('imports.missingColumn', { label: said(titles[column]), header });
      missing.push({ column, header, message });
    }
  }
  return { indexes, missing };
}
