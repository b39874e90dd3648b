import { Box, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgreementState } from '@shared/domain/agreement-version';
import { useText } from '../i18n/use-text';
import { successColor } from '../theme';
import { GlossaryButton } from '../features/glossary/GlossaryButton';
import { ExampleBadge } from '../features/library/ExampleMarks';
import { LanguageButton } from './LanguageButton';
import { OverviewButton } from './OverviewButton';
import { UtilityButton } from './UtilityButton';

interface WizardHeaderProps {
  utilityName: string;
  agreement: AgreementState;
  /** The open utility is a copy of the example: marked beside its name. */
  example: boolean;
  /** On a small screen the header wraps onto more lines instead of cutting the name short. */
  small: boolean;
  /** Opens the utilities and backups screen. */
  onOpenUtilities: () => void;
  /** The way to the approved agreement's results, once a revision is approved; else null. */
  overview: { current: boolean; onOpen: () => void } | null;
  /** The step menu, beside the title on a small screen. */
  children?: ReactNode;
}

/**
 * "LOS Builder", the utility's name and which revision is being edited; once one is approved,
 * the way to its goal results.
 */
export function WizardHeader(props: WizardHeaderProps) {
  const { utilityName, agreement, example, small, onOpenUtilities, overview, children } = props;
  const name = <UtilityButton utilityName={utilityName} small={small} onClick={onOpenUtilities} />;
  const results = overview && (
    <OverviewButton current={overview.current} onClick={overview.onOpen} />
  );
  const title = (
    <Title order={1} size={small ? 'h4' : 'h3'} style={{ flexShrink: 0 }}>
      LOS Builder
    </Title>
  );
  if (small) {
    // Two short lines: the name is cut rather than wrapped, so the work keeps the window.
    return (
      <Stack gap={6}>
        {/* Goal results sits beside the step menu, where a 640-wide window has room for it; on
            a phone the two go under the title together rather than run off the side. */}
        <Group justify="space-between" gap="xs" style={{ rowGap: 6 }}>
          {title}
          <Group gap="xs" wrap="nowrap" ml="auto">
            {results}
            {children}
          </Group>
        </Group>
        <Group gap="xs" style={{ rowGap: 4 }}>
          <Box style={{ flex: '1 1 10rem', minWidth: 0 }}>{name}</Box>
          {/* Beside the revision, where a narrow window's second line has room to spare. */}
          <Group gap={4} wrap="nowrap">
            {example && <ExampleBadge size="md" />}
            <RevisionTag agreement={agreement} />
            <LanguageButton small />
          </Group>
        </Group>
      </Stack>
    );
  }
  return (
    <Group h="100%" justify="space-between" wrap="nowrap" gap="lg">
      {title}
      <Group wrap="nowrap" gap="md" miw={0}>
        <GlossaryButton />
        <LanguageButton small={false} />
        {results}
        {name}
        {example && <ExampleBadge />}
        <RevisionTag agreement={agreement} />
      </Group>
    </Group>
  );
}

/** "Revision 2 · draft": a person editing knows at a glance whether this is the approved one. */
function RevisionTag({ agreement }: { agreement: AgreementState }) {
  const approved = agreement.status === 'approved';
  const text = useText();
  return (
    <Box
      component="span"
      px="sm"
      fw={600}
      fz="sm"
      c={approved ? successColor : 'dark.8'}
      bg={approved ? 'green.0' : 'gray.0'}
      bd={`1px solid ${approved ? successColor : 'var(--mantine-color-gray-6)'}`}
      style={{ borderRadius: 'var(--mantine-radius-xl)', whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {text('shell.revision', { revision: agreement.revision, approved })}
    </Box>
  );
}
