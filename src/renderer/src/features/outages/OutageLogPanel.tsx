import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { blankOutageDraft } from './outage-draft';
import { OutageForm } from './OutageForm';
import { OutageList } from './OutageList';
import { OutagesImport } from './OutagesImport';
import { useDeleteOutage } from './use-delete-outage';
import { useOutages } from './use-outages';

/**
 * The outage log: every interruption of service, planned or not, typed or imported, newest
 * first. Kept beside the approved agreement, never in it; the goals about notice and
 * restoration time take their results from it.
 */
export function OutageLogPanel() {
  const { state, refresh, show } = useOutages();
  const remove = useDeleteOutage(show);
  const [adding, setAdding] = useState(false);

  if (state.kind === 'loading') return <CenteredMessage loading title="Reading the outage log…" />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title="Could not read the outage log" onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { outages } = state;
  return (
    <Stack gap="lg">
      <FormSection
        title="Add an outage"
        hint="Any time customers were without service, planned or not: a main break, a shut-off for repairs, a pump failure, a backup. Times are optional; give them when the log has them."
      >
        {adding ? (
          <OutageForm
            editing={null}
            initial={blankOutageDraft}
            onSaved={(log) => {
              setAdding(false);
              show(log);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <div>
            <Button onClick={() => setAdding(true)}>Add an outage</Button>
          </div>
        )}
      </FormSection>
      <FormSection title="The log, newest first">
        {outages.length === 0 ? (
          <Text c="dimmed">No outages recorded yet.</Text>
        ) : (
          <OutageList outages={outages} onSaved={show} onDelete={remove} />
        )}
      </FormSection>
      <FormSection
        title="Import an outage log kept in a spreadsheet"
        hint="Every row is checked and shown before anything is recorded, and nothing is recorded if any row is wrong. Outages already in the log are left out."
      >
        <OutagesImport onImported={show} />
      </FormSection>
    </Stack>
  );
}
