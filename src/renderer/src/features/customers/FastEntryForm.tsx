import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { entryLabels, type FeedbackEntryFields } from '@shared/domain/customers/feedback-entry';
import { suggestTopic } from '@shared/domain/customers/suggest-topic';
import type { SystemType } from '@shared/domain/utility';
import {
  draftOf,
  entryOptions,
  entryQuestions,
  fieldsOf,
  isBlankDraft,
  topicOptions,
  type EntryDraft,
} from './entry-draft';
import { KeyedChoice } from './KeyedChoice';
import { topicHint } from './topic-hint';
import { successColor } from '../../theme';

interface FastEntryFormProps {
  /** Names the form for screen readers, such as "New card for Annual meeting, 2026-05-12". */
  label: string;
  /** The card being changed; left out for a new card. */
  initial?: FeedbackEntryFields;
  /** Cards already saved under this outreach, for "Card 37 saved". */
  savedCount: number;
  /** Answers null once saved, or why it was not. */
  onSave: (fields: FeedbackEntryFields) => Promise<string | null>;
  /** Offered when changing a saved card. */
  onCancel?: () => void;
  /** Put the focus in the first field at once (the user just chose where to type). */
  autoFocus?: boolean;
  /** Step 1's: which topics and service questions the card has. */
  systemType: SystemType | null;
}

/**
 * One card as the paper survey has it, for typing a stack of cards in an evening: Enter saves
 * the card and clears the form for the next one, with the focus back on the first field.
 */
export function FastEntryForm(props: FastEntryFormProps) {
  const { label, initial, savedCount, onSave, onCancel, autoFocus, systemType } = props;
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(initial));
  // The topic follows what was said until the user picks one.
  const [topicChosen, setTopicChosen] = useState(initial !== undefined);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'saved' | 'problem'; text: string } | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  const set = (change: Partial<EntryDraft>) => setDraft((current) => ({ ...current, ...change }));
  // Asked by the system type, or answered on the saved card (so the answer stays in view).
  const asks = entryQuestions(systemType, draftOf(initial));

  async function save() {
    if (saving) return;
    if (isBlankDraft(draft)) {
      setMessage({
        kind: 'problem',
        text: 'This card is empty: write what was said or answer a question.',
      });
      return;
    }
    const checked = fieldsOf(draft);
    if (!checked.ok) {
      setMessage({ kind: 'problem', text: checked.message });
      return;
    }
    setSaving(true);
    const failure = await onSave(checked.fields);
    setSaving(false);
    if (failure !== null) {
      setMessage({ kind: 'problem', text: `Not saved: ${failure}` });
      return;
    }
    if (initial) return;
    setMessage({ kind: 'saved', text: `Card ${savedCount + 1} saved.` });
    setDraft(draftOf());
    setTopicChosen(false);
    first.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (target instanceof HTMLButtonElement) return;
    event.preventDefault();
    void save();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <form aria-label={label} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="md">
        <Textarea
          ref={first}
          label={entryLabels.said}
          description="Enter saves the card; Shift+Enter starts a new line."
          autosize
          minRows={2}
          maxRows={6}
          value={draft.said}
          onChange={(event) => {
            const said = event.currentTarget.value;
            set(topicChosen ? { said } : { said, topic: suggestTopic(said, systemType) });
          }}
        />
        <KeyedChoice
          label={entryLabels.topic}
          description={topicHint({
            topic: draft.topic,
            suggested: !topicChosen,
            systemType,
          })}
          options={topicOptions(systemType, draft.topic)}
          value={draft.topic}
          columns={4}
          onChange={(topic) => {
            setTopicChosen(true);
            set({ topic });
          }}
        />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" verticalSpacing="md">
          <KeyedChoice
            label={entryLabels.strength}
            options={entryOptions.strength}
            value={draft.strength}
            onChange={(strength) => set({ strength })}
          />
          <KeyedChoice
            label={`${entryLabels.satisfaction}, 1 to 5`}
            options={entryOptions.satisfaction}
            value={draft.satisfaction}
            showKeys={false}
            onChange={(satisfaction) => set({ satisfaction })}
          />
          {asks.outage && (
            <KeyedChoice
              label={entryLabels.acceptableOutageHours}
              options={entryOptions.outage}
              value={draft.outage}
              onChange={(outage) => set({ outage })}
            />
          )}
          {asks.notice && (
            <KeyedChoice
              label={entryLabels.noticeDays}
              options={entryOptions.notice}
              value={draft.notice}
              onChange={(notice) => set({ notice })}
            />
          )}
          {asks.cleanup && (
            <KeyedChoice
              label={entryLabels.cleanupHours}
              description="After a sewage backup at home, a crew should be there within"
              options={entryOptions.cleanup}
              value={draft.cleanup}
              onChange={(cleanup) => set({ cleanup })}
            />
          )}
          {asks.overflowNotice && (
            <KeyedChoice
              label={entryLabels.overflowNoticeHours}
              description="If sewage overflows near home, tell them within"
              options={entryOptions.overflowNotice}
              value={draft.overflowNotice}
              onChange={(overflowNotice) => set({ overflowNotice })}
            />
          )}
          <KeyedChoice
            label={entryLabels.willingToPay}
            options={entryOptions.pay}
            value={draft.pay}
            onChange={(pay) => set({ pay })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={`${entryLabels.name} (optional, private)`}
            description="Kept in this app only; never printed."
            value={draft.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
          />
          <TextInput
            label={`${entryLabels.address} (optional, private)`}
            description="Kept in this app only; never printed."
            value={draft.address}
            onChange={(event) => set({ address: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {initial ? 'Save changes' : 'Save card'}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Text role="status" fw={600} c={message?.kind === 'saved' ? successColor : undefined}>
            {message?.kind === 'saved' ? `✓ ${message.text}` : ''}
          </Text>
        </Group>
        {message?.kind === 'problem' && (
          <Alert role="alert" color="red" variant="light" title="Card not saved">
            {message.text}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
