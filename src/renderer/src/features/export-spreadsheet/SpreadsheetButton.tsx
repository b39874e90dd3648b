import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { downloadFile } from '../export/download-file';
import { noticeOf, type ExportNotice } from '../export/use-export';

/**
 * "Save a spreadsheet (CSV)": the goals in force, the results since the vote, the feedback
 * tallies and the complaint figures, for the treasurer, funders and the state. A save dialog on
 * the desktop (then "Open it" in the spreadsheet program), a download in the browser. Unlike the
 * PDF buttons it checks no fonts first: a spreadsheet shows every character typed.
 */
export function SpreadsheetButton() {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ExportNotice>({ kind: 'none' });

  async function save() {
    setBusy(true);
    setNotice({ kind: 'none' });
    const result = await api['export:spreadsheet']();
    if (result.ok && result.value.status === 'download') {
      downloadFile(result.value.fileName, result.value.base64, 'text/csv;charset=utf-8');
    }
    setBusy(false);
    setNotice(noticeOf(result));
  }

  async function openSaved() {
    const result = await api['export:openSaved']();
    const problem = !result.ok
      ? result.error.message
      : result.value.opened
        ? null
        : text('tracking.sheet.openFailed');
    setNotice((current) =>
      current.kind === 'saved' ? { ...current, openProblem: problem } : current,
    );
  }

  return (
    <Stack gap="sm" align="flex-start">
      <Button variant="outline" loading={busy} onClick={() => void save()}>
        {text('tracking.sheet.save')}
      </Button>
      <div role="status" style={{ width: '100%' }}>
        {notice.kind === 'downloaded' && (
          <Alert color="green" variant="light" title={text('tracking.sheet.downloaded')}>
            {text('tracking.sheet.downloadedAs', { file: notice.fileName })}
          </Alert>
        )}
        {notice.kind === 'saved' && (
          <Alert
            color="green"
            variant="light"
            title={text('tracking.sheet.savedAs', { file: notice.fileName })}
          >
            <Stack gap="sm" align="flex-start">
              <Button onClick={() => void openSaved()}>{text('tracking.sheet.open')}</Button>
              {notice.openProblem && <Text>{notice.openProblem}</Text>}
            </Stack>
          </Alert>
        )}
        {notice.kind === 'failed' && (
          <Alert color="red" variant="light" title={text('tracking.sheet.failed')}>
            {notice.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
