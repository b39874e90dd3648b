import { List, Text } from '@mantine/core';
import type { Said } from '@shared/i18n/said';
import { useSay } from '../i18n/say';
import { useText } from '../i18n/use-text';

/** What customers said that an external goal rests on, as linked on the Customers step. */
export function EvidenceLines({ lines }: { lines: Said[] }) {
  const text = useText();
  const saying = useSay();
  if (lines.length === 0) {
    return (
      <Text>
        <strong>{text('form.customersSaid')}</strong> {text('form.nothingLinked')}
      </Text>
    );
  }
  return (
    <div>
      <Text fw={700}>{text('form.customersSaid')}</Text>
      <List spacing={2}>
        {lines.map(saying).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </div>
  );
}
