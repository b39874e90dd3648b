import { Box, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AgreementState } from '@shared/domain/agreement-version';
import { successColor } from '../theme';
import { UtilityButton } from './UtilityButton';

interface WizardHeaderProps {
  utilityName: string;
  agreement: AgreementState;
  /** On a small screen the header wraps onto more lines instead of cutting the name short. */
  small: boolean;
  /** Opens the utilities and backups screen. */
  onOpenUtilities: () => void;
  /** The step menu, beside the title on a small screen. */
  children?: ReactNode;
}

/** "LOS Builder", the utility's name and which revision is being edited. */
export function WizardHeader(props: WizardHeaderProps) {
  const { utilityName, agreement, small, onOpenUtilities, children } = props;
  const name = <UtilityButton utilityName={utilityName} small={small} onClick={onOpenUtilities} />;
  const title = (
    <Title order={1} size={small ? 'h4' : 'h3'} style={{ flexShrink: 0 }}>
      LOS Builder
    </Title>
  );
  if (small) {
    // Two short lines: the name is cut rather than wrapped, so the work keeps the window.
    return (
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          {title}
          {children}
        </Group>
        <Group gap="xs" style={{ rowGap: 4 }}>
          <Box style={{ flex: '1 1 10rem', minWidth: 0 }}>{name}</Box>
          <RevisionTag agreement={agreement} />
        </Group>
      </Stack>
    );
  }
  return (
    <Group h="100%" justify="space-between" wrap="nowrap" gap="lg">
      {title}
      <Group wrap="nowrap" gap="md" miw={0}>
        {name}
        <RevisionTag agreement={agreement} />
      </Group>
    </Group>
  );
}

/** "Revision 2 · draft": a person editing knows at a glance whether this is the approved one. */
function RevisionTag({ agreement }: { agreement: AgreementState }) {
  const approved = agreement.status === 'approved';
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
      Revision {agreement.revision} · {approved ? 'approved' : 'draft'}
    </Box>
  );
}
