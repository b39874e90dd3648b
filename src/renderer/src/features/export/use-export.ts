import { useState } from 'react';
import type { Unprintable } from '@shared/api/export-contract';
import type { ExportResult } from '@shared/api/export-result';
import type { Result } from '@shared/api/result';
import { useApi } from '../../api/api-context';
import { downloadFile } from './download-file';

/** One file the user asked for: which version it prints, and the call that makes it. */
export interface ExportJob {
  /** Names the button that is busy, such as "agreement" or "summary". */
  key: string;
  /** The version to check for unprintable text: an approved revision, or null for the draft. */
  revision: number | null;
  make: () => Promise<Result<ExportResult>>;
  /** What the check looks at: the agreement (the default), step 4's survey forms, or the reports. */
  document?: 'agreement' | 'survey-forms' | 'reports';
}

export type ExportNotice =
  | { kind: 'none' }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'saved'; fileName: string; openProblem: string | null }
  | { kind: 'failed'; message: string };

export interface ExportState {
  busy: string | null;
  notice: ExportNotice;
  /** Set while the user decides whether to export despite text the fonts cannot print. */
  unprintable: Unprintable[] | null;
}

/**
 * Checks for text the PDF cannot print, asks the user if there is any, then exports and
 * handles how main delivered the file: a download, a saved file, or a cancelled dialog.
 */
export function useExport() {
  const api = useApi();
  const [state, setState] = useState<ExportState>({
    busy: null,
    notice: { kind: 'none' },
    unprintable: null,
  });
  const [waiting, setWaiting] = useState<ExportJob | null>(null);

  async function deliver(job: ExportJob) {
    setState({ busy: job.key, notice: { kind: 'none' }, unprintable: null });
    const result = await job.make();
    if (result.ok && result.value.status === 'download') {
      downloadFile(result.value.fileName, result.value.base64);
    }
    setState({ busy: null, notice: noticeOf(result), unprintable: null });
  }

  async function start(job: ExportJob) {
    setState({ busy: job.key, notice: { kind: 'none' }, unprintable: null });
    const check = await api['export:check']({
      revision: job.revision,
      document: job.document ?? 'agreement',
    });
    if (!check.ok) {
      setState({
        busy: null,
        notice: { kind: 'failed', message: check.error.message },
        unprintable: null,
      });
      return;
    }
    if (check.value.unprintable.length > 0) {
      setWaiting(job);
      setState({ busy: null, notice: { kind: 'none' }, unprintable: check.value.unprintable });
      return;
    }
    await deliver(job);
  }

  async function openSaved() {
    const result = await api['export:openSaved']();
    const problem = !result.ok
      ? result.error.message
      : result.value.opened
        ? null
        : 'The computer could not open it. Open the file from the folder you saved it in.';
    setState((current) =>
      current.notice.kind === 'saved'
        ? { ...current, notice: { ...current.notice, openProblem: problem } }
        : current,
    );
  }

  return {
    state,
    start: (job: ExportJob) => void start(job),
    /** "Export anyway": the user accepts that some characters will not print. */
    exportAnyway: () => {
      if (waiting) void deliver(waiting);
      setWaiting(null);
    },
    /** "Go back": nothing is exported, so the text can be fixed first. */
    goBack: () => {
      setWaiting(null);
      setState((current) => ({ ...current, unprintable: null }));
    },
    openSaved: () => void openSaved(),
  };
}

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
