import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintRow } from '@shared/domain/customers/complaint-log';
import type { FeedbackTopic } from '@shared/domain/customers/feedback-entry';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { useApi } from '../../../api/api-context';
import { useText } from '../../../i18n/use-text';

export type ComplaintLogState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; summary: ComplaintSummary; rows: ComplaintRow[] };

function problem(title: string, message: string) {
  notifications.show({ color: 'red', title, message, autoClose: false });
}

/** The stored complaint log on screen: its figures, its rows, and the changes made to them. */
export function useComplaintLog(onChanged: () => void) {
  const api = useApi();
  const text = useText();
  const [state, setState] = useState<ComplaintLogState>({ kind: 'loading' });
  // The latest callback, read when a change lands, so setTopic can stay the same function
  // and the list's memoized rows are not all redrawn on every render.
  const changed = useRef(onChanged);
  useEffect(() => {
    changed.current = onChanged;
  }, [onChanged]);

  const fetchLog = useCallback(async (): Promise<ComplaintLogState> => {
    const [view, rows] = await Promise.all([api['customers:get'](), api['complaints:rows']()]);
    if (!view.ok) return { kind: 'failed', message: view.error.message };
    if (!rows.ok) return { kind: 'failed', message: rows.error.message };
    return { kind: 'ready', summary: view.value.complaints, rows: rows.value };
  }, [api]);

  useEffect(() => {
    let live = true;
    void fetchLog().then((loaded) => {
      if (live) setState(loaded);
    });
    return () => {
      live = false;
    };
  }, [fetchLog]);

  async function reload() {
    setState({ kind: 'loading' });
    setState(await fetchLog());
  }

  const withSummary = (summary: ComplaintSummary, rows?: ComplaintRow[]) =>
    setState((current) =>
      current.kind === 'ready' ? { kind: 'ready', summary, rows: rows ?? current.rows } : current,
    );

  /** After an import: the new figures, and the rows read again (the import added thousands). */
  async function imported(summary: ComplaintSummary) {
    const rows = await api['complaints:rows']();
    if (rows.ok) withSummary(summary, rows.value);
    else await reload();
    changed.current();
  }

  async function removeImport(importId: string): Promise<boolean> {
    const result = await api['complaints:removeImport']({ importId });
    if (!result.ok) {
      problem(text('complaints.removeFailed'), result.error.message);
      return false;
    }
    setState((current) =>
      current.kind === 'ready'
        ? {
            kind: 'ready',
            summary: result.value,
            rows: current.rows.filter((row) => row.importId !== importId),
          }
        : current,
    );
    changed.current();
    return true;
  }

  const setTopic = useCallback(
    async (key: string, topic: FeedbackTopic) => {
      const result = await api['complaints:setTopic']({ key, topic });
      if (!result.ok) {
        problem(text('complaints.topicFailed'), result.error.message);
        return;
      }
      const saved = result.value;
      setState((current) =>
        current.kind === 'ready'
          ? { ...current, rows: current.rows.map((row) => (row.key === key ? saved : row)) }
          : current,
      );
      // The response times per topic moved with the row; only main's summary knows them.
      const view = await api['customers:get']();
      if (view.ok) {
        const summary = view.value.complaints;
        setState((current) => (current.kind === 'ready' ? { ...current, summary } : current));
      }
      changed.current();
    },
    [api, text],
  );

  return { state, reload: () => void reload(), imported, removeImport, setTopic };
}
