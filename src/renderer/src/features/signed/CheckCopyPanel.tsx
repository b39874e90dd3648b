import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { useApi } from '../../api/api-context';
import { plainDate } from '@shared/domain/plain-date';

type Answer =
  | { kind: 'none' }
  | { kind: 'match'; version: VersionSummary }
  | { kind: 'no-match' }
  | { kind: 'problem'; message: string };

/** The check needs this many digits; fewer could match a version by chance. */
const minimumDigits = 8;

/** Type the fingerprint from a paper copy; hear which approved version it is, or that it is none. */
export function CheckCopyPanel() {
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<Answer>({ kind: 'none' });
  const [checking, setChecking] = useState(false);
  const digits = typed.replace(/[\s\-\u2010-\u2015\u2212]/g, '').length;

  async function check(event: FormEvent) {
    event.preventDefault();
    if (digits < minimumDigits) {
      setAnswer({
        kind: 'problem',
        message: `Type at least the first ${minimumDigits} characters of the fingerprint, such as 3F2A-91BC.`,
      });
      return;
    }
    setChecking(true);
    const result = await api['approval:checkCopy']({ fingerprint: typed });
    setChecking(false);
    if (!result.ok) setAnswer({ kind: 'problem', message: result.error.message });
    else if (result.value.match) setAnswer({ kind: 'match', version: result.value.match });
    else setAnswer({ kind: 'no-match' });
  }

  return (
    <form onSubmit={(event) => void check(event)} aria-label="Check a printed copy">
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label="Fingerprint on the printed copy"
            description="In the footer of every page, such as 3F2A-91BC-0D4E-7A10."
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            styles={{ input: { fontFamily: 'monospace' } }}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setAnswer({ kind: 'none' });
            }}
            style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}
          />
          <Button type="submit" size="md" loading={checking}>
            Check this copy
          </Button>
        </Group>
        <div role="status">
          {answer.kind === 'match' && answer.version.problem === null && (
            <Alert
              color="green"
              variant="light"
              title={`This copy matches revision ${answer.version.revision}`}
            >
              Approved at the board meeting of {plainDate(answer.version.meetingDate)} by Resolution
              No. {answer.version.resolutionNumber}. {answer.version.outcomeSummary}
            </Alert>
          )}
          {answer.kind === 'match' && answer.version.problem !== null && (
            <Alert
              color="red"
              variant="light"
              title={`The record of revision ${answer.version.revision} on this computer was changed after approval`}
            >
              The fingerprint you typed is the one revision {answer.version.revision} was approved
              with, but the record kept here no longer matches it, so this computer cannot vouch for
              the paper copy. {answer.version.problem}
            </Alert>
          )}
          {answer.kind === 'no-match' && (
            <Alert color="red" variant="light" title="It matches none of the approved versions">
              Check the characters against the paper. If they are right, this copy is not a version
              the board approved: it may be a draft, or it was changed.
            </Alert>
          )}
          {answer.kind === 'problem' && (
            <Alert
              color="yellow"
              variant="light"
              title="Not checked"
              styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
            >
              {answer.message}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}
