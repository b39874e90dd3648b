import { Button, Grid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { BackupsPanel } from './BackupsPanel';
import { DataFolder } from './DataFolder';
import type { LibraryRequest } from './library-request';
import { RemovedList } from './RemovedList';
import { UndoRestore } from './UndoRestore';
import { useLibrary } from './use-library';
import { utilityName } from './utility-words';
import { UtilityList } from './UtilityList';
import { useText } from '../../i18n/use-text';

interface UtilitiesScreenProps {
  /** The open utility's name as step 1 last saved it. */
  openName: string;
  /** A File-menu command to carry out here, if one brought the screen up. */
  request: LibraryRequest | null;
  /** Back to the wizard, on the open utility. */
  onContinue: () => void;
}

/**
 * The utilities kept on this computer, one click from opening any of them, and the backups
 * of the open one. It is the start screen when there is more than one utility.
 */
export function UtilitiesScreen({ openName, request, onContinue }: UtilitiesScreenProps) {
  const { state, refresh } = useLibrary();
  const text = useText();
  const [justRemoved, setJustRemoved] = useState<{ removalId: string; name: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const named = openName.trim() !== '';

  return (
    <Stack gap="lg">
      <Stack gap="sm" align="flex-start">
        <Button variant="default" onClick={onContinue}>
          {named ? text('library.continueWith', { name: openName }) : text('library.continueOpen')}
        </Button>
        <Title order={2} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {text('library.title')}
        </Title>
        <Text maw={720}>{text('library.intro')}</Text>
      </Stack>
      {state.kind === 'loading' && <CenteredMessage loading title={text('library.reading')} />}
      {state.kind === 'failed' && (
        <CenteredMessage title={text('library.readFailed')} onRetry={refresh}>
          {state.message}
        </CenteredMessage>
      )}
      {state.kind === 'ready' && (
        <>
          {state.view.lastRestore && <UndoRestore lastRestore={state.view.lastRestore} />}
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="xl">
                <FormSection title={text('library.listTitle')}>
                  <UtilityList
                    utilities={state.view.utilities}
                    request={request}
                    onRemoved={(removal) => {
                      setJustRemoved(removal);
                      refresh();
                    }}
                  />
                  <div role="status">
                    {justRemoved && (
                      <Text>{text('library.movedAway', { name: justRemoved.name })}</Text>
                    )}
                  </div>
                </FormSection>
                {state.view.removed.length > 0 && (
                  <FormSection
                    title={text('library.removedTitle')}
                    hint={text('library.removedHint')}
                  >
                    <RemovedList
                      removed={state.view.removed}
                      justRemoved={justRemoved?.removalId ?? null}
                      onPutBack={() => {
                        setJustRemoved(null);
                        refresh();
                      }}
                    />
                  </FormSection>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Stack gap="xl">
                <FormSection
                  title={text('library.backupsOf', { name: utilityName(text, openName) })}
                >
                  <BackupsPanel backups={state.backups} mode={state.mode} request={request} />
                </FormSection>
                <FormSection title={text('library.folderTitle')} hint={text('library.folderHint')}>
                  <DataFolder view={state.view} request={request} />
                </FormSection>
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
