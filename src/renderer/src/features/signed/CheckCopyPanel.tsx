import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { printedDate } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { useSay } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';

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
  const text = useText();
  const language = useScreenLanguage();
  const saying = useSay();
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<Answer>({ kind: 'none' });
  const [checking, setChecking] = useState(false);
  const digits = typed.replace(/[\s\-\u2010-\u2015\u2212]/g, '').length;

  async function check(event: FormEvent) {
    event.preventDefault();
    if (digits < minimumDigits) {
      setAnswer({
        kind: 'problem',
        message: text('signed.copy.tooShort', { digits: minimumDigits }),
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
    <form onSubmit={(event) => void check(event)} aria-label={text('signed.copy.title')}>
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label={text('signed.copy.label')}
            description={text('signed.copy.labelHint')}
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
            {text('signed.copy.check')}
          </Button>
        </Group>
        <div role="status">
          {answer.kind === 'match' && answer.version.problem === null && (
            <Alert
              color="green"
              variant="light"
              title={text('signed.copy.matches', { revision: answer.version.revision })}
            >
              {text('signed.version.approved', {
                date: printedDate(answer.version.meetingDate, language),
                number: answer.version.resolutionNumber,
              })}{' '}
              {/* Said again from the stored tally, in the screen's language. */}
              {answer.version.outcomeSummary && saying(answer.version.outcomeSummary)}
            </Alert>
          )}
          {answer.kind === 'match' && answer.version.problem !== null && (
            <Alert
              color="red"
              variant="light"
              title={text('signed.copy.changedTitle', { revision: answer.version.revision })}
            >
              {text('signed.copy.changed', { revision: answer.version.revision })}{' '}
              {saying(answer.version.problem)}
            </Alert>
          )}
          {answer.kind === 'no-match' && (
            <Alert color="red" variant="light" title={text('signed.copy.noMatchTitle')}>
              {text('signed.copy.noMatch')}
            </Alert>
          )}
          {answer.kind === 'problem' && (
            <Alert
              color="yellow"
              variant="light"
              title={text('signed.notChecked')}
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
