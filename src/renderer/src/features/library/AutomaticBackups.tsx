import { Button, Group, Stack, Text } from '@mantine/core';
import type { AutomaticBackup } from '@shared/api/library-contract';
import { contentsText, revisionText } from './backup-words';
import { whenText } from './when-text';
import { useText } from '../../i18n/use-text';

interface AutomaticBackupsProps {
  backups: AutomaticBackup[];
  /** The backup being read and checked, if any. */
  isChecking: (name: string) => boolean;
  busy: boolean;
  /** Why a backup was refused when someone tried to restore it, shown under it. */
  problemOf: (name: string) => string | null;
  onRestore: (name: string) => void;
}

/** The copies LOS Builder keeps by itself as the work is saved, newest first. */
export function AutomaticBackups(props: AutomaticBackupsProps) {
  const { backups, isChecking, busy, problemOf, onRestore } = props;
  const text = useText();
  if (backups.length === 0) {
    return <Text c="dimmed">{text('library.automatic.none')}</Text>;
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {backups.map((backup) => {
        const when = whenText(text, backup.takenAt);
        const problem = problemOf(backup.name);
        return (
          <Stack
            component="li"
            key={backup.name}
            gap={4}
            pb="sm"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={700}>{when}</Text>
                {backup.summary ? (
                  <Text size="sm">
                    {revisionText(text, backup.summary)} · {contentsText(text, backup.summary)}
                  </Text>
                ) : (
                  <Text size="sm" c="red.9">
                    {text('library.automatic.unusable', {
                      problem: backup.problem ?? text('library.automatic.unreadable'),
                    })}
                  </Text>
                )}
              </div>
              {backup.summary && (
                <Button
                  variant="default"
                  style={{ flexShrink: 0 }}
                  loading={isChecking(backup.name)}
                  disabled={busy}
                  aria-label={text('library.automatic.restoreLabel', { when })}
                  onClick={() => onRestore(backup.name)}
                >
                  {text('library.automatic.restore')}
                </Button>
              )}
            </Group>
            {problem && (
              <Text c="red.9" role="alert">
                {problem}
              </Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
