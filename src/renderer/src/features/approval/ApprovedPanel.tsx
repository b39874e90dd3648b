import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import type { VersionSummary } from '@shared/api/approval-contract';
import { localDate } from '@shared/domain/local-date';
import { printedDate, type Language } from '@shared/domain/printed-date';
import { useSay } from '../../i18n/say';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  const language = useScreenLanguage();
  const saying = useSay();
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
          {text('approval.panel.title', { revision: version.revision })}
        </Title>
        <Text size="lg">
          {text('approval.panel.meeting', { date: printedDate(version.meetingDate, language) })}{' '}
          {/* Said again from the stored tally, in the screen's language. */}
          {version.outcomeSummary && `${saying(version.outcomeSummary)} `}
          {text('approval.panel.resolution', { number: version.resolutionNumber })}
        </Text>
        <Text c="dimmed">
          {text('approval.panel.recorded', {
            date: recordedDay(version.recordedAt, language),
          })}
        </Text>
        <Text size="lg">
          {text('approval.panel.fingerprint')}{' '}
          <strong style={{ fontFamily: 'monospace' }}>{version.shortFingerprint}</strong>
        </Text>
        <Button size="lg" onClick={onPrint}>
          {text('approval.panel.print')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The local calendar day of the moment the approval was recorded, in the screen's language. */
function recordedDay(timestamp: string, language: Language): string {
  const when = new Date(timestamp);
  return Number.isNaN(when.getTime()) ? timestamp : printedDate(localDate(when), language);
}
