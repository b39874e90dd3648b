import { useState } from 'react';
import type { TrackingView } from '@shared/api/tracking-contract';
import type { ResultsPreview } from '@shared/domain/tracking/csv/results-preview';
import { useApi } from '../../api/api-context';
import { useCsvImport } from '../../form-kit/use-csv-import';

/** Whether the preview allows an import: a usable mapping, no bad rows, something to record. */
export function canImportResults(preview: ResultsPreview | null): preview is ResultsPreview {
  return (
    preview !== null &&
    preview.mappingProblems.length === 0 &&
    preview.problemCount === 0 &&
    preview.added + preview.replaced > 0
  );
}

/** A results file on its way in (use-csv-import.ts says how). */
export function useResultsImport(onImported: (view: TrackingView) => void) {
  const api = useApi();
  const csv = useCsvImport({
    open: (file) => api['tracking:openCsv'](file),
    preview: (fileId, mapping) => api['tracking:previewCsv']({ fileId, mapping }),
  });
  const [imported, setImported] = useState<{ fileName: string; count: number } | null>(null);

  async function choose(chosen: File | null) {
    if (chosen) setImported(null);
    await csv.choose(chosen);
  }

  async function importFile() {
    const { preview } = csv;
    if (!canImportResults(preview)) return;
    const done = await csv.importWith((fileId, mapping) =>
      api['tracking:importCsv']({ fileId, mapping }),
    );
    if (!done) return;
    setImported({ fileName: done.fileName, count: preview.added + preview.replaced });
    onImported(done.value);
  }

  return { ...csv, imported, choose, importFile };
}
