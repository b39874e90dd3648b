import { useRef, useState } from 'react';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import type { ColumnChoices, ComplaintColumn } from '@shared/domain/customers/complaint-log';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { useApi } from '../../../api/api-context';
import { readComplaintFile } from './read-complaint-file';

export type ImportBusy = 'reading' | 'previewing' | 'importing' | null;

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

/**
 * One CSV file on its way into the log: read, previewed with the suggested columns, previewed
 * again on every mapping change, then imported whole or not at all.
 */
export function useComplaintImport(onImported: (summary: ComplaintSummary) => Promise<void>) {
  const api = useApi();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ComplaintPreview | null>(null);
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  // Mapping changes can outrun each other's previews; only the latest answer is shown.
  const latest = useRef(0);
  // The columns as the user last set them. A quick second change must build on the first even
  // before the first one's preview has answered, or it would silently undo it.
  const chosenColumns = useRef<ColumnChoices | null>(null);

  async function runPreview(name: string, text: string, mapping: ColumnChoices | null) {
    const call = ++latest.current;
    setBusy('previewing');
    const result = await api['complaints:preview']({ fileName: name, csvText: text, mapping });
    if (call !== latest.current) return;
    setBusy(null);
    if (result.ok) {
      chosenColumns.current = result.value.mapping;
      setPreview(result.value);
      setProblem(null);
    } else {
      setPreview(null);
      setProblem(result.error.message);
    }
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    latest.current++;
    chosenColumns.current = null;
    setOutcome(null);
    setPreview(null);
    setFile(null);
    setProblem(null);
    setBusy('reading');
    const read = await readComplaintFile(chosen);
    setBusy(null);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    setFile({ name: read.fileName, text: read.text });
    await runPreview(read.fileName, read.text, null);
  }

  function changeColumn(column: ComplaintColumn, header: string | null) {
    if (!file || !chosenColumns.current) return;
    const next = { ...chosenColumns.current, [column]: header };
    chosenColumns.current = next;
    // The selects show the choice at once; the rest of the preview follows when it answers.
    setPreview((shown) => shown && { ...shown, mapping: next });
    void runPreview(file.name, file.text, next);
  }

  async function importFile() {
    if (!file || !canImport(preview)) return;
    setBusy('importing');
    const result = await api['complaints:import']({
      fileName: file.name,
      csvText: file.text,
      mapping: preview.mapping,
    });
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const { added, alreadyImported, summary } = result.value;
    setFile(null);
    setPreview(null);
    setOutcome({ fileName: file.name, added, alreadyImported });
    await onImported(summary);
  }

  function cancel() {
    latest.current++;
    setFile(null);
    setPreview(null);
    setProblem(null);
    setBusy(null);
  }

  return { file, preview, busy, problem, outcome, choose, changeColumn, importFile, cancel };
}
