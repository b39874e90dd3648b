import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { printedDate } from '@shared/domain/printed-date';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { noticeText, outageSpanText, type OutageWords } from './outage-span';
import { draftOf } from './outage-draft';
import { OutageForm } from './OutageForm';

interface OutageListProps {
  outages: Outage[];
  onSaved: (outages: Outage[]) => void;
  onDelete: (outage: Outage) => Promise<boolean>;
}

/** One outage in words; planned or not is said, not only coloured. */
function OutageSummary({ outage, words }: { outage: Outage; words: OutageWords }) {
  const { text } = words;
  const customers =
    outage.customersAffected === null
      ? text('outages.notRecorded')
      : everyDigitText(outage.customersAffected);
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" color={outage.planned ? 'blue' : 'orange'} radius="sm">
          {text(outage.planned ? 'outages.planned' : 'outages.unplanned')}
        </Badge>
        <Text fw={600}>{outageSpanText(words, outage)}</Text>
      </Group>
      <Text size="sm">
        {text('outages.summary', { notice: noticeText(words, outage.noticeHours), customers })}
      </Text>
      {outage.note !== '' && <Text size="sm">{outage.note}</Text>}
    </Stack>
  );
}

/** The log, newest first, each outage with Change and Delete (Undo in the message). */
export function OutageList({ outages, onSaved, onDelete }: OutageListProps) {
  const text = useText();
  const language = useScreenLanguage();
  const words = { text, language };
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {outages.map((outage) => {
        const day = printedDate(outage.startDate, language);
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
                  <OutageSummary outage={outage} words={words} />
                </div>
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="sm"
                    aria-label={text('outages.changeOne', { day })}
                    onClick={() => setEditing(outage.id)}
                  >
                    {text('outages.change')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="sm"
                    aria-label={text('outages.deleteOne', { day })}
                    onClick={() => void onDelete(outage)}
                  >
                    {text('outages.delete')}
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
