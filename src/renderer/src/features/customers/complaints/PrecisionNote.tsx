import { List, Stack, Text } from '@mantine/core';
import type { ComplaintPreview } from '@shared/domain/customers/csv/complaint-preview';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText } from '../../../i18n/use-text';
import { precisionWords } from './precision-words';

/** Whether the file's response times will be in hours or in days, and why. */
export function PrecisionNote({ preview }: { preview: ComplaintPreview }) {
  const text = useText();
  const words = precisionWords(text, useScreenLanguage(), preview);
  if (words === null) return null;
  return (
    <Stack gap={4} aria-label={text('complaints.precision.label')} role="group">
      <Text size="sm">{words.headline}</Text>
      {words.details.length > 0 && (
        <List size="sm" spacing={2}>
          {words.details.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
      {words.midnights.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
