import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { MissingSpanish } from '@shared/domain/spanish/missing-spanish';
import { useApi } from '../../api/api-context';
import { useText, type Text as Say } from '../../i18n/use-text';
import { successColor } from '../../theme';
import { writeSpanish } from './write-spanish';

/** The passage's field as the list names it: "Goal in Spanish (goal 3)". */
function passageLabel(text: Say, item: MissingSpanish): string {
  const field = text(`export.field.${item.field}`);
  const { where } = item;
  return where.kind === 'goal'
    ? text('export.passage.ofGoal', { field, number: where.number })
    : field;
}

interface SpanishPassageFormProps {
  item: MissingSpanish;
  /** The draft it is written into, or null when nothing can be written (a frozen agreement). */
  draft: number | null;
  /** Printing an approved revision: a saved passage stays listed, saying where it went. */
  keepsListed: boolean;
  onWritten: (item: MissingSpanish) => void;
}

/** One passage a Spanish paper would print in English, with its Spanish to write there and then. */
export function SpanishPassageForm({
  item,
  draft,
  keepsListed,
  onWritten,
}: SpanishPassageFormProps) {
  const api = useApi();
  const say = useText();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const label = passageLabel(say, item);
  // A statement or a mission is a sentence or more; a measure or a unit fits on one line.
  const multiLine = item.field === 'statement' || item.field === 'mission';

  async function save(event: FormEvent) {
    event.preventDefault();
    const spanish = text.trim();
    if (spanish === '') return setProblem(say('export.passage.empty'));
    setBusy(true);
    const result = await writeSpanish(api, say, item, spanish);
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setSaved(spanish);
    onWritten(item);
  }

  const english = say('export.passage.english', { english: item.english });
  if (draft === null || (saved !== null && keepsListed)) {
    return (
      <Stack gap={2}>
        <Text fw={600}>
          {saved === null ? say('export.passage.notWritten', { field: label }) : label}
        </Text>
        <Text>{english}</Text>
        {saved !== null && draft !== null && (
          <Text c={successColor} fw={600}>
            {say('export.passage.savedInDraft', { revision: draft })}{' '}
            <Text span lang="es" fw={400} c="var(--mantine-color-text)">
              “{saved}”
            </Text>
          </Text>
        )}
      </Stack>
    );
  }
  const field = {
    label,
    description: english,
    lang: 'es',
    value: text,
    error: problem,
    style: { flex: 1, minWidth: 'min(20rem, 100%)' },
    styles: { description: { fontSize: 'var(--mantine-font-size-md)' } },
  };
  return (
    <form onSubmit={(event) => void save(event)} noValidate>
      {/* The button beside the field on a wide window, under it on a narrow one. */}
      <Group align="flex-end" gap="sm">
        {multiLine ? (
          <Textarea
            {...field}
            autosize
            minRows={1}
            onChange={(event) => setText(event.currentTarget.value)}
          />
        ) : (
          <TextInput {...field} onChange={(event) => setText(event.currentTarget.value)} />
        )}
        <Button
          type="submit"
          variant="outline"
          loading={busy}
          aria-label={say('export.passage.saveLabel', { field: label })}
        >
          {say('export.passage.save')}
        </Button>
      </Group>
    </form>
  );
}
