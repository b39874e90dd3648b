import { useState } from 'react';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { useApi } from '../../../api/api-context';
import { useCsvImport } from '../../../form-kit/use-csv-import';

export interface ImportOutcome {
  fileName: string;
  added: number;
  alreadyImported: number;
}

/** Whether the preview allows an import: a usable mapping, no bad rows, something new. */
export function canImport(preview: ComplaintPreview | null): preview is ComplaintPreview {
  return (
    preview !== null &&
    preview.mappingProblems.length === 0 &&
    preview.problemCount === 0 &&
    preview.newRows > 0
  );
}

/** A complaint log file on its way into the log (use-csv-import.ts says how). */
export function useComplaintImport(onImported: (summary: ComplaintSummary) => Promise<void>) {
  const api = useApi();
  const csv = useCsvImport({
    open: (file) => api['complaints:open'](file),
    preview: (fileId, mapping) => api['complaints:preview']({ fileId, mapping }),
  });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function choose(chosen: File | null) {
    if (chosen) setOutcome(null);
    await csv.choose(chosen);
  }

  async function importFile() {
    if (!canImport(csv.preview)) return;
    const done = await csv.importWith((fileId, mapping) =>
      api['complaints:import']({ fileId, mapping }),
    );
    if (!done) return;
    const { added, alreadyImported, summary } = done.value;
    setOutcome({ fileName: done.fileName, added, alreadyImported });
    await onImported(summary);
  }

  return { ...csv, outcome, choose, importFile };
}
