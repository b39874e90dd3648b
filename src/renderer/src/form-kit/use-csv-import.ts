import { useRef, useState } from 'react';
import type { Result } from '@shared/api/result';
import { useText } from '../i18n/use-text';
import { readCsvText } from './read-csv-text';

export type CsvImportBusy = 'reading' | 'previewing' | 'importing' | null;

/** The calls one kind of import makes: main keeps the file under an id while columns are chosen. */
export interface CsvImportCalls<P extends { mapping: object }> {
  open: (file: {
    fileName: string;
    csvText: string;
  }) => Promise<Result<{ fileId: string; preview: P }>>;
  preview: (fileId: string, mapping: P['mapping']) => Promise<Result<P>>;
}

/**
 * One CSV file on its way in: read, sent to main once (which keeps it under an id and previews
 * it with the columns suggested from its headers), previewed again on every column change by its
 * id alone, then imported whole or not at all by `importWith`.
 */
export function useCsvImport<P extends { mapping: object }>(calls: CsvImportCalls<P>) {
  type Mapping = P['mapping'];
  const text = useText();
  // `id` names the file in main once it has been read there; null until then, or if it could not be.
  const [file, setFile] = useState<{ name: string; id: string | null } | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [busy, setBusy] = useState<CsvImportBusy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Column changes can outrun each other's previews; only the latest answer is shown.
  const latest = useRef(0);
  // The columns as the user last set them. A quick second change must build on the first even
  // before the first one's preview has answered, or it would silently undo it.
  const chosenColumns = useRef<Mapping | null>(null);

  function show(result: Result<P>) {
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

  async function runPreview(id: string, mapping: Mapping) {
    const call = ++latest.current;
    setBusy('previewing');
    const result = await calls.preview(id, mapping);
    if (call === latest.current) show(result);
  }

  async function choose(chosen: File | null) {
    if (!chosen) return;
    const call = ++latest.current;
    chosenColumns.current = null;
    setPreview(null);
    setFile(null);
    setProblem(null);
    setBusy('reading');
    const read = await readCsvText(text, chosen);
    if (call !== latest.current) return;
    if (!read.ok) {
      setBusy(null);
      setProblem(read.message);
      return;
    }
    setFile({ name: read.fileName, id: null });
    setBusy('previewing');
    const opened = await calls.open({ fileName: read.fileName, csvText: read.text });
    if (call !== latest.current) return;
    if (opened.ok) setFile({ name: read.fileName, id: opened.value.fileId });
    show(opened.ok ? { ok: true, value: opened.value.preview } : opened);
  }

  /** Sets which of the file's headers feeds `column` (null: none) and previews again. */
  function changeColumn(column: keyof Mapping, header: string | null) {
    if (!file?.id || !chosenColumns.current) return;
    const next = { ...chosenColumns.current, [column]: header };
    chosenColumns.current = next;
    // The selects show the choice at once; the rest of the preview follows when it answers.
    setPreview((shown) => shown && { ...shown, mapping: next });
    void runPreview(file.id, next);
  }

  /** Imports the open file with the columns shown; answers what main answered, or null (said). */
  async function importWith<T>(
    call: (fileId: string, mapping: Mapping) => Promise<Result<T>>,
  ): Promise<{ fileName: string; value: T } | null> {
    if (!file?.id || !preview) return null;
    setBusy('importing');
    const result = await call(file.id, preview.mapping);
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return null;
    }
    setFile(null);
    setPreview(null);
    return { fileName: file.name, value: result.value };
  }

  function cancel() {
    latest.current++;
    setFile(null);
    setPreview(null);
    setProblem(null);
    setBusy(null);
  }

  return { file, preview, busy, problem, choose, changeColumn, importWith, cancel };
}
