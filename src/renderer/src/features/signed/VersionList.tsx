import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { plainDate, plainDay } from '@shared/domain/plain-date';
import { groupedHex } from '@shared/pdf/fingerprint-text';
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
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="lg">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={4} id={headingId} fz="lg">
            Revision {version.revision}
          </Title>
          {version.problem === null && (
            <Badge color={version.inForce ? 'green.9' : 'gray.7'} variant="filled" size="lg">
              {version.inForce ? 'In force' : 'Superseded'}
            </Badge>
          )}
        </Group>
        {version.problem === null ? (
          <>
            <Text>
              Approved at the board meeting of {plainDate(version.meetingDate)} by Resolution No.{' '}
              {version.resolutionNumber}. {version.outcomeSummary}
            </Text>
            <Text size="sm" c="dimmed">
              Recorded in LOS Builder on {plainDay(version.recordedAt)}.
            </Text>
          </>
        ) : (
          <Alert color="red" variant="light" title="Cannot be printed as approved">
            {version.problem}
          </Alert>
        )}
        <Text>
          Fingerprint:{' '}
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
          Full fingerprint (SHA-256):{' '}
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
