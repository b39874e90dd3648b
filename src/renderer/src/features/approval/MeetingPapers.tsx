import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { ExportFeedback } from '../export/ExportFeedback';
import { useExport, type ExportJob } from '../export/use-export';

interface MeetingPapersProps {
  /** The working copy is approved: the packet's meeting is over. */
  frozen: boolean;
  /** At least one member's vote is recorded, so the minutes have a vote to tell. */
  anyVotes: boolean;
  /**
   * Saves what is on screen first, so the paper says what the board sees; answers why it could
   * not be saved (a field to fix), or null.
   */
  saveFirst: () => Promise<string | null>;
}

/**
 * The meeting's papers, printed from what step 7 holds: the board packet before the vote, the
 * minutes excerpt and the filled-in resolution once the votes are recorded.
 */
export function MeetingPapers({ frozen, anyVotes, saveFirst }: MeetingPapersProps) {
  const api = useApi();
  const text = useText();
  const exporter = useExport();
  const busy = exporter.state.busy;
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const print = (job: ExportJob) => () => {
    void saveFirst().then((problem) => {
      setUnsaved(problem);
      if (problem === null) exporter.start(job);
    });
  };
  const packet = (language: Language) =>
    print({
      key: `packet-${language}`,
      revision: null,
      document: 'board-packet',
      language,
      make: () => api['export:boardPacketPdf']({ language }),
    });
  const minutes = (language: Language) =>
    print({
      key: `minutes-${language}`,
      revision: null,
      document: 'minutes',
      language,
      make: () => api['export:minutesPdf']({ revision: null, language }),
    });
  return (
    <Stack gap="sm" align="flex-start">
      {!frozen && (
        <Group gap="sm">
          <Button size="md" variant="light" loading={busy === 'packet-en'} onClick={packet('en')}>
            {text('approval.papers.packet')}
          </Button>
          <Button size="md" variant="default" loading={busy === 'packet-es'} onClick={packet('es')}>
            {text('approval.papers.packetEs')}
          </Button>
        </Group>
      )}
      {anyVotes ? (
        <Group gap="sm">
          <Button size="md" variant="light" loading={busy === 'minutes-en'} onClick={minutes('en')}>
            {text('approval.papers.minutes')}
          </Button>
          <Button
            size="md"
            variant="default"
            loading={busy === 'minutes-es'}
            onClick={minutes('es')}
          >
            {text('approval.papers.minutesEs')}
          </Button>
        </Group>
      ) : (
        <Text c="dimmed">{text('approval.papers.noVotes')}</Text>
      )}
      {unsaved !== null && (
        <Alert color="red" role="alert">
          {unsaved}
        </Alert>
      )}
      <ExportFeedback exporter={exporter} />
    </Stack>
  );
}
