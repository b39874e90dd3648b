import { useState } from 'react';
import type { OutagesPreview } from '@shared/domain/tracking/outage-csv/outages-preview';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { useApi } from '../../api/api-context';
import { useCsvImport } from '../../form-kit/use-csv-import';

/** Whether the preview allows an import: a usable mapping, no bad rows, something new. */
export function canImportOutages(preview: OutagesPreview | null): preview is OutagesPreview {
  return (
    preview !== null &&
    preview.mappingProblems.length === 0 &&
    preview.problemCount === 0 &&
    preview.added > 0
  );
}

/** An outage log file on its way in (use-csv-import.ts says how). */
export function useOutagesImport(onImported: (outages: Outage[]) => void) {
  const api = useApi();
  const csv = useCsvImport({
    open: (file) => api['outages:openCsv'](file),
    preview: (fileId, mapping) => api['outages:previewCsv']({ fileId, mapping }),
  });
  const [imported, setImported] = useState<{ fileName: string; count: number } | null>(null);

  async function choose(chosen: File | null) {
    if (chosen) setImported(null);
    await csv.choose(chosen);
  }

  async function importFile() {
    const { preview } = csv;
    if (!canImportOutages(preview)) return;
    const done = await csv.importWith((fileId, mapping) =>
      api['outages:importCsv']({ fileId, mapping }),
    );
    if (!done) return;
    setImported({ fileName: done.fileName, count: preview.added });
    onImported(done.value);
  }

  return { ...csv, imported, choose, importFile };
}
