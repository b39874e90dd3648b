import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { printedDate } from '@shared/domain/printed-date';
import { outageLabels, type Outage } from '@shared/domain/tracking/outage-records';
import { noticeWords, outageSpanWords } from '@shared/domain/tracking/outage-words';
import { draftOf } from './outage-draft';
import { OutageForm } from './OutageForm';

interface OutageListProps {
  outages: Outage[];
  onSaved: (outages: Outage[]) => void;
  onDelete: (outage: Outage) => Promise<boolean>;
}

/** One outage in words; planned or not is said, not only coloured. */
function OutageSummary({ outage }: { outage: Outage }) {
  const customers =
    outage.customersAffected === null ? 'not recorded' : everyDigitText(outage.customersAffected);
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" color={outage.planned ? 'blue' : 'orange'} radius="sm">
          {outage.planned ? 'Planned' : 'Unplanned'}
        </Badge>
        <Text fw={600}>{outageSpanWords(outage)}</Text>
      </Group>
      <Text size="sm">
        {outageLabels.noticeHours}: {noticeWords(outage.noticeHours)}.{' '}
        {outageLabels.customersAffected}: {customers}.
      </Text>
      {outage.note !== '' && <Text size="sm">{outage.note}</Text>}
    </Stack>
  );
}

/** The log, newest first, each outage with Change and Delete (Undo in the message). */
export function OutageList({ outages, onSaved, onDelete }: OutageListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {outages.map((outage) => {
        const day = printedDate(outage.startDate);
        return (
          <Paper component="li" key={outage.id} withBorder p="md">
            {editing === outage.id ? (
              <OutageForm
                editing={outage}
                initial={draftOf(outage)}
                onSaved={(log) => {
                  setEditing(null);
                  onSaved(log);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
                <div style={{ flex: '1 1 20rem', minWidth: 0 }}>
                  <OutageSummary outage={outage} />
                </div>
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="sm"
                    aria-label={`Change the outage of ${day}`}
                    onClick={() => setEditing(outage.id)}
                  >
                    Change
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={`Delete the outage of ${day}`}
                    onClick={() => void onDelete(outage)}
                  >
                    Delete
                  </Button>
                </Group>
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
