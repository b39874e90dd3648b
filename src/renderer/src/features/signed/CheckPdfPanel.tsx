import { Alert, Button, FileInput, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PdfCheck } from '@shared/api/approval-contract';
import { useApi } from '../../api/api-context';
import type { MessageKey } from '../../i18n/catalog';
import { useText } from '../../i18n/use-text';
import { readPdfAsBase64 } from './read-pdf-as-base64';

type Answer =
  { kind: 'none' } | { kind: 'checked'; check: PdfCheck } | { kind: 'problem'; message: string };

const looks: Record<PdfCheck['verdict'], { color: string; title: MessageKey }> = {
  matches: { color: 'green', title: 'signed.pdf.matches' },
  'unknown-here': { color: 'blue', title: 'signed.pdf.unknown-here' },
  'changed-here': { color: 'red', title: 'signed.pdf.changed-here' },
  altered: { color: 'red', title: 'signed.pdf.altered' },
  unreadable: { color: 'yellow', title: 'signed.notChecked' },
};

/**
 * "Check a PDF file": the record an approved agreement PDF carries is checked against the
 * fingerprint printed on it and the revisions approved here. The desktop app picks the file in
 * main's open dialog; browser mode reads it from a file input.
 */
export function CheckPdfPanel() {
  const api = useApi();
  const text = useText();
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
    const read = await readPdfAsBase64(text, file);
    if (!read.ok) setAnswer({ kind: 'problem', message: read.message });
    else await check({ pdfBase64: read.base64 });
  }

  return (
    <Stack gap="md" align="flex-start">
      {mode === 'desktop' && (
        <Button size="md" loading={checking} onClick={() => void check({ pick: true })}>
          {text('signed.pdf.choose')}
        </Button>
      )}
      {mode === 'browser' && (
        <FileInput
          label={text('signed.pdf.file')}
          description={text('signed.pdf.fileHint')}
          placeholder={text('signed.pdf.filePlaceholder')}
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
            title={text(looks[answer.check.verdict].title)}
          >
            <Text>{answer.check.message}</Text>
          </Alert>
        )}
        {answer.kind === 'problem' && (
          <Alert color="yellow" variant="light" title={text('signed.notChecked')}>
            {answer.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
