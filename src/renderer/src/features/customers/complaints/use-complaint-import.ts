import { useRef, useState } from 'react';
import type { Result } from '@shared/api/result';
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
 * One CSV file on its way into the log: read, sent to main once (which keeps it under `id` and
 * previews it with the suggested columns), previewed again on every mapping change by its id
 * alone, then imported whole or not at all.
 */
export function useComplaintImport(onImported: (summary: ComplaintSummary) => Promise<void>) {
  const api = useApi();
  // `id` names the file in main once it has been read there; null until then, or if it could not be.
  const [file, setFile] = useState<{ name: string; id: string | null } | null>(null);
  const [preview, setPreview] = useState<ComplaintPreview | null>(null);
  const [busy, setBusy] = useState<ImportBusy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  // Mapping changes can outrun each other's previews; only the latest answer is shown.
  const latest = useRef(0);
  // The columns as the user last set them. A quick second change must build on the first even
  // before the first one's preview has answered, or it would silently undo it.
  const chosenColumns = useRef<ColumnChoices | null>(null);

  function show(result: Result<ComplaintPreview>) {
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

  async function runPreview(id: string, mapping: ColumnChoices) {
    const call = ++latest.current;
    setBusy('previewing');
    const result = await api['complaints:preview']({ fileId: id, mapping });
    if (call === latest.current) show(result);
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    const call = ++latest.current;
    chosenColumns.current = null;
    setOutcome(null);
    setPreview(null);
    setFile(null);
    setProblem(null);
    setBusy('reading');
    const read = await readComplaintFile(chosen);
    if (call !== latest.current) return;
    if (!read.ok) {
      setBusy(null);
      setProblem(read.message);
      return;
    }
    setFile({ name: read.fileName, id: null });
    setBusy('previewing');
    const opened = await api['complaints:open']({ fileName: read.fileName, csvText: read.text });
    if (call !== latest.current) return;
    if (opened.ok) setFile({ name: read.fileName, id: opened.value.fileId });
    show(opened.ok ? { ok: true, value: opened.value.preview } : opened);
  }

  function changeColumn(column: ComplaintColumn, header: string | null) {
    if (!file?.id || !chosenColumns.current) return;
    const next = { ...chosenColumns.current, [column]: header };
    chosenColumns.current = next;
    // The selects show the choice at once; the rest of the preview follows when it answers.
    setPreview((shown) => shown && { ...shown, mapping: next });
    void runPreview(file.id, next);
  }

  async function importFile() {
    if (!file?.id || !canImport(preview)) return;
    setBusy('importing');
    const result = await api['complaints:import']({ fileId: file.id, mapping: preview.mapping });
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
