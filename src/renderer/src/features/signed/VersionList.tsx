import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { localDate } from '@shared/domain/local-date';
import { printedDate, type Language } from '@shared/domain/printed-date';
import { groupedHex } from '@shared/pdf/fingerprint-text';
import { useSay } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { VersionPrintButtons } from './VersionPrintButtons';

/** Every version the board approved, newest first, each with its fingerprint and its prints. */
export function VersionList({ versions }: { versions: VersionSummary[] }) {
  return (
    <Stack gap="md">
      {[...versions].reverse().map((version, index) => (
        <VersionCard key={`${version.revision}-${index}`} version={version} />
      ))}
    </Stack>
  );
}

function VersionCard({ version }: { version: VersionSummary }) {
  const headingId = useId();
  const text = useText();
  const language = useScreenLanguage();
  const saying = useSay();
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="lg">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={4} id={headingId} fz="lg">
            {text('signed.version.title', { revision: version.revision })}
          </Title>
          {version.problem === null && (
            <Badge color={version.inForce ? 'green.9' : 'gray.7'} variant="filled" size="lg">
              {text(version.inForce ? 'signed.version.inForce' : 'signed.version.superseded')}
            </Badge>
          )}
        </Group>
        {version.problem === null ? (
          <>
            <Text>
              {text('signed.version.approved', {
                date: printedDate(version.meetingDate, language),
                number: version.resolutionNumber,
              })}{' '}
              {/* Said again from the stored tally, in the screen's language. */}
              {version.outcomeSummary && saying(version.outcomeSummary)}
            </Text>
            <Text size="sm" c="dimmed">
              {text('signed.version.recorded', { date: recordedDay(version.recordedAt, language) })}
            </Text>
          </>
        ) : (
          <Alert color="red" variant="light" title={text('signed.version.problem')}>
            {saying(version.problem)}
          </Alert>
        )}
        <Text>
          {text('signed.version.fingerprint')}{' '}
          <Text
            component="strong"
            ff="monospace"
            fw={700}
            style={{ fontSize: '1.75rem', letterSpacing: '0.05em' }}
          >
            {version.shortFingerprint}
          </Text>
        </Text>
        <Text size="sm" c="dimmed">
          {text('signed.version.fullFingerprint')}{' '}
          <Text
            component="span"
            ff="monospace"
            size="sm"
            c="dark.8"
            style={{ overflowWrap: 'anywhere' }}
          >
            {groupedHex(version.fingerprint, ' ')}
          </Text>
        </Text>
        {version.problem === null && <VersionPrintButtons revision={version.revision} />}
      </Stack>
    </Paper>
  );
}

/** The local calendar day the vote was recorded in the app, in the screen's language. */
function recordedDay(timestamp: string, language: Language): string {
  const when = new Date(timestamp);
  return Number.isNaN(when.getTime()) ? timestamp : printedDate(localDate(when), language);
}
