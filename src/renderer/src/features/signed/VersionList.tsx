import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { VersionSummary } from '../../../../shared/api/contract';
import { plainDay } from '../../../../shared/domain/plain-date';
import { fingerprintGroups } from './fingerprint-groups';

/** Every version the board approved, newest first, each with its fingerprint. */
export function VersionList({ versions }: { versions: VersionSummary[] }) {
  return (
    <Stack gap="md">
      {[...versions].reverse().map((version) => (
        <VersionCard key={version.revision} version={version} />
      ))}
    </Stack>
  );
}

function VersionCard({ version }: { version: VersionSummary }) {
  const headingId = useId();
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="lg">
      <Stack gap="xs">
        <Title order={4} id={headingId} fz="lg">
          Revision {version.revision}
        </Title>
        <Text>
          Approved {plainDay(version.approvedAt)} by Resolution No. {version.resolutionNumber}.{' '}
          {version.outcomeSummary}
        </Text>
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
            {fingerprintGroups(version.fingerprint)}
          </Text>
        </Text>
      </Stack>
    </Paper>
  );
}
