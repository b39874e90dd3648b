import { Alert, Button, Divider, Loader, Group, Stack, Text } from '@mantine/core';
import type { SystemType } from '@shared/domain/utility';
import { FormSection } from '../../../form-kit/FormSection';
import { useText } from '../../../i18n/use-text';
import { ComplaintRowsList } from './ComplaintRowsList';
import { ImportList } from './ImportList';
import { ImportPanel } from './ImportPanel';
import { ResponseTimeTable } from './ResponseTimeTable';
import { useComplaintLog } from './use-complaint-log';

interface ComplaintLogSectionProps {
  /** The revision is approved: the log stays open, and a sentence says why that is safe. */
  approved: boolean;
  /** Step 1's: complaints about a service the agreement does not cover are marked. */
  systemType: SystemType | null;
  /** After an import, a removal or a topic change, so the step's figures refresh. */
  onChanged: () => void;
}

/** Step 4's complaint log: import a CSV, see response times per topic, correct topics. */
export function ComplaintLogSection({ approved, systemType, onChanged }: ComplaintLogSectionProps) {
  const log = useComplaintLog(onChanged);
  const { state } = log;
  const text = useText();
  return (
    <FormSection title={text('complaints.title')} hint={text('complaints.hint')}>
      {approved && <Text>{text('complaints.approved')}</Text>}
      <ImportPanel onImported={log.imported} />
      <Divider />
      {state.kind === 'loading' && (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{text('complaints.reading')}</Text>
        </Group>
      )}
      {state.kind === 'failed' && (
        <Alert color="red" variant="light" title={text('complaints.readFailed')} role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{state.message}</Text>
            <Button variant="outline" onClick={log.reload}>
              {text('complaints.tryAgain')}
            </Button>
          </Stack>
        </Alert>
      )}
      {state.kind === 'ready' && (
        <>
          <ImportList imports={state.summary.imports} onRemove={log.removeImport} />
          <ResponseTimeTable
            // Sorted afresh after an import or a removal, not while topics are corrected.
            key={state.summary.imports.map((entry) => entry.id).join(' ')}
            summary={state.summary}
            systemType={systemType}
          />
          {state.rows.length > 0 && (
            <ComplaintRowsList
              rows={state.rows}
              systemType={systemType}
              onSetTopic={log.setTopic}
            />
          )}
        </>
      )}
    </FormSection>
  );
}
