import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CenteredMessage } from '../../form-kit/CenteredMessage';
import { FormSection } from '../../form-kit/FormSection';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  const { state, refresh, show } = useOutages();
  const remove = useDeleteOutage(show);
  const [adding, setAdding] = useState(false);

  if (state.kind === 'loading') return <CenteredMessage loading title={text('outages.reading')} />;
  if (state.kind === 'failed') {
    return (
      <CenteredMessage title={text('outages.readFailed')} onRetry={refresh}>
        {state.message}
      </CenteredMessage>
    );
  }
  const { outages } = state;
  return (
    <Stack gap="lg">
      <FormSection title={text('outages.add')} hint={text('outages.addHint')}>
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
            <Button onClick={() => setAdding(true)}>{text('outages.add')}</Button>
          </div>
        )}
      </FormSection>
      <FormSection title={text('outages.log')}>
        {outages.length === 0 ? (
          <Text c="dimmed">{text('outages.none')}</Text>
        ) : (
          <OutageList outages={outages} onSaved={show} onDelete={remove} />
        )}
      </FormSection>
      <FormSection title={text('outages.importTitle')} hint={text('outages.importHint')}>
        <OutagesImport onImported={show} />
      </FormSection>
    </Stack>
  );
}
