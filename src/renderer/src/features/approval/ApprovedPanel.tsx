import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { plainDate, plainDay } from '@shared/domain/plain-date';
import { successColor } from '../../theme';

/** What the board approved, shown on step 7 once the revision is frozen, with the way to print. */
export function ApprovedPanel({
  version,
  focusOnShow,
  onPrint,
}: {
  version: VersionSummary;
  /** Just approved: bring the panel into view and focus, instead of leaving the minutes shown. */
  focusOnShow: boolean;
  onPrint: () => void;
}) {
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusOnShow) return;
    panelRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusOnShow]);
  return (
    <Paper
      component="section"
      ref={panelRef}
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'sm', xs: 'lg' }}
      bg="green.0"
    >
      <Stack gap="sm" align="flex-start">
        <Title
          order={3}
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          c={successColor}
          style={{ outlineOffset: 4 }}
        >
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
