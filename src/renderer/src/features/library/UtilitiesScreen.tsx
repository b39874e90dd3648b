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
  const [justRemoved, setJustRemoved] = useState<{ removalId: string; name: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const named = openName.trim() !== '';

  return (
    <Stack gap="lg">
      <Stack gap="sm" align="flex-start">
        <Button variant="default" onClick={onContinue}>
          {named ? `← Continue with ${openName}` : '← Continue with the open utility'}
        </Button>
        <Title order={2} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
          Utilities and backups
        </Title>
        <Text maw={720}>
          Each utility keeps its own agreement, customer feedback and complaint log. Open one to
          work on it: the one open now is saved as it is.
        </Text>
      </Stack>
      {state.kind === 'loading' && <CenteredMessage loading title="Reading the utilities…" />}
      {state.kind === 'failed' && (
        <CenteredMessage title="Could not read the utilities" onRetry={refresh}>
          {state.message}
        </CenteredMessage>
      )}
      {state.kind === 'ready' && (
        <>
          {state.view.lastRestore && <UndoRestore lastRestore={state.view.lastRestore} />}
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="xl">
                <FormSection title="Utilities on this computer">
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
                      <Text>
                        {justRemoved.name} was moved to Removed utilities. Nothing was deleted.
                      </Text>
                    )}
                  </div>
                </FormSection>
                {state.view.removed.length > 0 && (
                  <FormSection
                    title="Removed utilities"
                    hint="Taken off the list, not deleted: put one back to open it again."
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
                <FormSection title={`Backups of ${utilityName(openName)}`}>
                  <BackupsPanel backups={state.backups} mode={state.mode} request={request} />
                </FormSection>
                <FormSection
                  title="Where the data is kept"
                  hint="Everything LOS Builder keeps on this computer is in this folder."
                >
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
