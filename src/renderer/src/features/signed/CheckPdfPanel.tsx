import { Alert, Button, FileInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PdfCheck } from '@shared/api/approval-contract';
import { useApi } from '../../api/api-context';
import { readPdfAsBase64 } from './read-pdf-as-base64';

type Answer =
  { kind: 'none' } | { kind: 'checked'; check: PdfCheck } | { kind: 'problem'; message: string };

const looks: Record<PdfCheck['verdict'], { color: string; title: string }> = {
  matches: { color: 'green', title: 'This PDF is an approved revision' },
  'unknown-here': { color: 'blue', title: 'Consistent, but not approved on this computer' },
  'changed-here': { color: 'red', title: 'The record on this computer was changed' },
  altered: { color: 'red', title: 'This PDF was changed, or is not an approved copy' },
  unreadable: { color: 'yellow', title: 'Not checked' },
};

/**
 * "Check a PDF file": the record an approved agreement PDF carries is checked against the
 * fingerprint printed on it and the revisions approved here. The desktop app picks the file in
 * main's open dialog; browser mode reads it from a file input.
 */
export function CheckPdfPanel() {
  const api = useApi();
  const [mode, setMode] = useState<'desktop' | 'browser' | null>(null);
  const [answer, setAnswer] = useState<Answer>({ kind: 'none' });
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    void api['app:status']().then((status) => setMode(status.ok ? status.value.mode : 'browser'));
  }, [api]);

  async function check(input: { pick: true } | { pdfBase64: string }) {
    setChecking(true);
    const result = await api['approval:checkPdf'](input);
    setChecking(false);
    if (!result.ok) setAnswer({ kind: 'problem', message: result.error.message });
    else if (result.value) setAnswer({ kind: 'checked', check: result.value });
  }

  async function checkFile(file: File | null) {
    setAnswer({ kind: 'none' });
    if (!file) return;
    const read = await readPdfAsBase64(file);
    if (!read.ok) setAnswer({ kind: 'problem', message: read.message });
    else await check({ pdfBase64: read.base64 });
  }

  return (
    <Stack gap="md" align="flex-start">
      {mode === 'desktop' && (
        <Button size="md" loading={checking} onClick={() => void check({ pick: true })}>
          Choose a PDF file to check…
        </Button>
      )}
      {mode === 'browser' && (
        <FileInput
          label="Agreement PDF to check"
          description="A PDF of the agreement saved by LOS Builder, from this computer or another."
          placeholder="Choose a PDF file"
          accept="application/pdf,.pdf"
          clearable
          disabled={checking}
          onChange={(file) => void checkFile(file)}
          style={{ minWidth: 'min(20rem, 100%)' }}
        />
      )}
      <div role="status" style={{ width: '100%' }}>
        {answer.kind === 'checked' && (
          <Alert
            color={looks[answer.check.verdict].color}
            variant="light"
            title={looks[answer.check.verdict].title}
          >
            <Text>{answer.check.message}</Text>
          </Alert>
        )}
        {answer.kind === 'problem' && (
          <Alert color="yellow" variant="light" title="Not checked">
            {answer.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
