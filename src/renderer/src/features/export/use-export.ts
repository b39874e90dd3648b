import { useState } from 'react';
import type { Unprintable } from '@shared/api/export-contract';
import type { ExportResult } from '@shared/api/export-result';
import type { Result } from '@shared/api/result';
import type { AgreementState } from '@shared/domain/agreement-version';
import type { Language } from '@shared/domain/printed-date';
import type { MissingSpanish } from '@shared/domain/spanish/missing-spanish';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { downloadFile } from './download-file';

/** One file the user asked for: which version it prints, and the call that makes it. */
export interface ExportJob {
  /** Names the button that is busy, such as "agreement" or "summary". */
  key: string;
  /** The version to check for unprintable text: an approved revision, or null for the draft. */
  revision: number | null;
  make: () => Promise<Result<ExportResult>>;
  /**
   * What the check looks at: the agreement (the default), step 4's survey forms, the reports, or
   * the meeting's papers.
   */
  document?: 'agreement' | 'survey-forms' | 'reports' | 'board-packet' | 'minutes';
  /**
   * The paper's language. A Spanish paper, or English and Spanish side by side, is first
   * checked for passages the board has not written in Spanish.
   */
  language: Language | 'both';
}

export type ExportNotice =
  | { kind: 'none' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'saved'; fileName: string; openProblem: string | null }
  | { kind: 'failed'; message: string };

/** Passages a Spanish paper would print in English, and where their Spanish can be written. */
export interface SpanishQuestion {
  missing: MissingSpanish[];
  /** The approved revision being printed, or null for the working copy. */
  printed: number | null;
  /** The working copy: the Spanish is written into it while it is a draft. */
  working: AgreementState;
}

export interface ExportState {
  busy: string | null;
  notice: ExportNotice;
  /** Set while the user decides whether to export despite text the fonts cannot print. */
  unprintable: Unprintable[] | null;
  /** Set while the user writes the missing Spanish or decides to print it marked in English. */
  spanish: SpanishQuestion | null;
}

const idle: ExportState = {
  busy: null,
  notice: { kind: 'none' },
  unprintable: null,
  spanish: null,
};

/** Names one missing passage among the others (a goal's field, or the mission). */
export function passageKey(item: MissingSpanish): string {
  return item.where.kind === 'goal' ? `${item.where.goalId} ${item.field}` : item.field;
}

/**
 * Checks the paper before it is made: first what a Spanish paper would print in English (never a
 * silent mix), then the text the PDF cannot print, asking the user about each; then exports and
 * handles how main delivered the file: a download, a saved file, or a cancelled dialog.
 */
export function useExport() {
  const api = useApi();
  const text = useText();
  const [state, setState] = useState<ExportState>(idle);
  const [waiting, setWaiting] = useState<ExportJob | null>(null);

  const failed = (message: string) => setState({ ...idle, notice: { kind: 'failed', message } });

  function check(job: ExportJob) {
    return api['export:check']({
      revision: job.revision,
      document: job.document ?? 'agreement',
      // A side-by-side paper prints every passage in Spanish too.
      language: job.language === 'en' ? 'en' : 'es',
    });
  }

  async function deliver(job: ExportJob) {
    setState({ ...idle, busy: job.key });
    const result = await job.make();
    if (result.ok && result.value.status === 'download') {
      downloadFile(result.value.fileName, result.value.base64);
    }
    setState({ ...idle, notice: noticeOf(result) });
  }

  /** Asks about unprintable characters, if any, else prints. */
  async function askUnprintable(job: ExportJob, unprintable: Unprintable[]) {
    if (unprintable.length === 0) return deliver(job);
    setWaiting(job);
    setState({ ...idle, unprintable });
  }

  async function start(job: ExportJob) {
    setState({ ...idle, busy: job.key });
    const checked = await check(job);
    if (!checked.ok) return failed(checked.error.message);
    const { missingSpanish, unprintable } = checked.value;
    if (missingSpanish.length === 0) return askUnprintable(job, unprintable);
    // Where the Spanish can be written: the working draft, unless the agreement is frozen.
    const approval = await api['approval:get']();
    if (!approval.ok) return failed(approval.error.message);
    setWaiting(job);
    setState({
      ...idle,
      spanish: {
        missing: missingSpanish,
        printed: job.revision,
        working: approval.value.agreement,
      },
    });
  }

  /** Checked again: the Spanish just written may hold characters the fonts cannot print. */
  async function printMarked(job: ExportJob) {
    setState({ ...idle, busy: job.key });
    const checked = await check(job);
    if (!checked.ok) return failed(checked.error.message);
    await askUnprintable(job, checked.value.unprintable);
  }

  async function openSaved() {
    const result = await api['export:openSaved']();
    const problem = !result.ok
      ? result.error.message
      : result.value.opened
        ? null
        : text('export.openFailed');
    setState((current) =>
      current.notice.kind === 'saved'
        ? { ...current, notice: { ...current.notice, openProblem: problem } }
        : current,
    );
  }

  const cancel = () => {
    setWaiting(null);
    setState((current) => ({ ...current, unprintable: null, spanish: null }));
  };

  return {
    state,
    start: (job: ExportJob) => void start(job),
    /** "Export anyway": the user accepts that some characters will not print. */
    exportAnyway: () => {
      if (waiting) void deliver(waiting);
      setWaiting(null);
    },
    /** "Go back": nothing is exported, so the text can be fixed first. */
    goBack: cancel,
    /** Prints though some passages have no Spanish: the paper marks them as English. */
    printMarked: () => {
      if (waiting) void printMarked(waiting);
    },
    /** Nothing is printed; the Spanish written so far stays saved. */
    cancelSpanish: cancel,
    /**
     * A passage's Spanish was saved. Printing the working copy, it is missing no more; an
     * approved revision still prints it in English, so it stays listed.
     */
    written: (item: MissingSpanish) =>
      setState((current) =>
        current.spanish === null || current.spanish.printed !== null
          ? current
          : {
              ...current,
              spanish: {
                ...current.spanish,
                missing: current.spanish.missing.filter(
                  (other) => passageKey(other) !== passageKey(item),
                ),
              },
            },
      ),
    openSaved: () => void openSaved(),
  };
}

export type Exporter = ReturnType<typeof useExport>;

/** What the user is told of one export's answer: saved, downloaded, failed, or (cancelled) nothing. */
export function noticeOf(result: Result<ExportResult>): ExportNotice {
  if (!result.ok) return { kind: 'failed', message: result.error.message };
  const delivered = result.value;
  switch (delivered.status) {
    case 'cancelled':
      return { kind: 'none' };
    case 'saved':
      return { kind: 'saved', fileName: delivered.fileName, openProblem: null };
    case 'download':
      return { kind: 'downloaded', fileName: delivered.fileName };
  }
}
