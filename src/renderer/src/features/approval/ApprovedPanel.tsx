import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { VersionSummary } from '../../../../shared/api/contract';
import { plainDate, plainDay } from '../../../../shared/domain/plain-date';

/** What the board approved, shown on step 7 once the revision is frozen, with the way to print. */
export function ApprovedPanel({
  version,
  onPrint,
}: {
  version: VersionSummary;
  onPrint: () => void;
}) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" bg="green.0">
      <Stack gap="sm" align="flex-start">
        <Title order={3} id={headingId} c="#1f6f31">
          <span aria-hidden="true">✓ </span>
          Revision {version.revision} approved
        </Title>
        <Text size="lg">
          Approved at the board meeting of {plainDate(version.meetingDate)}.{' '}
          {version.outcomeSummary} Resolution No. {version.resolutionNumber}.
        </Text>
        <Text c="dimmed">Recorded in LOS Builder on {plainDay(version.recordedAt)}.</Text>
        <Text size="lg">
          Fingerprint:{' '}
          <strong style={{ fontFamily: 'monospace' }}>{version.shortFingerprint}</strong>
        </Text>
        <Button size="lg" onClick={onPrint}>
          Print the signed-off agreement
        </Button>
      </Stack>
    </Paper>
  );
}
