import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FeedbackEntryFields } from '@shared/domain/customers/feedback-entry';
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
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
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
  const text = useText();
  const language = useScreenLanguage();
  const options = useMemo(() => entryOptions(text, language), [text, language]);
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);

  const set = (change: Partial<EntryDraft>) => setDraft((current) => ({ ...current, ...change }));
  // Asked by the system type, or answered on the saved card (so the answer stays in view).
  const asks = entryQuestions(systemType, draftOf(initial));

  async function save() {
    if (saving) return;
    if (isBlankDraft(draft)) {
      setMessage({ kind: 'problem', text: text('customers.entry.empty') });
      return;
    }
    const checked = fieldsOf(text, draft);
    if (!checked.ok) {
      setMessage({ kind: 'problem', text: checked.message ?? text('customers.entry.check') });
      return;
    }
    setSaving(true);
    const failure = await onSave(checked.fields);
    setSaving(false);
    if (failure !== null) {
      setMessage({ kind: 'problem', text: text('customers.entry.notSaved', { reason: failure }) });
      return;
    }
    if (initial) return;
    setMessage({ kind: 'saved', text: text('customers.entry.saved', { number: savedCount + 1 }) });
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
          label={text('customers.entry.said')}
          description={text('customers.entry.saidHint')}
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
          label={text('customers.entry.topic')}
          description={topicHint(text, {
            topic: draft.topic,
            suggested: !topicChosen,
            systemType,
          })}
          options={topicOptions(text, systemType, draft.topic)}
          value={draft.topic}
          columns={4}
          onChange={(topic) => {
            setTopicChosen(true);
            set({ topic });
          }}
        />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" verticalSpacing="md">
          <KeyedChoice
            label={text('customers.entry.strength')}
            options={options.strength}
            value={draft.strength}
            onChange={(strength) => set({ strength })}
          />
          <KeyedChoice
            label={text('customers.entry.satisfaction')}
            options={options.satisfaction}
            value={draft.satisfaction}
            showKeys={false}
            onChange={(satisfaction) => set({ satisfaction })}
          />
          {asks.outage && (
            <KeyedChoice
              label={text('customers.entry.outage')}
              options={options.outage}
              value={draft.outage}
              onChange={(outage) => set({ outage })}
            />
          )}
          {asks.notice && (
            <KeyedChoice
              label={text('customers.entry.notice')}
              options={options.notice}
              value={draft.notice}
              onChange={(notice) => set({ notice })}
            />
          )}
          {asks.cleanup && (
            <KeyedChoice
              label={text('customers.entry.cleanup')}
              description={text('customers.entry.cleanupHint')}
              options={options.cleanup}
              value={draft.cleanup}
              onChange={(cleanup) => set({ cleanup })}
            />
          )}
          {asks.overflowNotice && (
            <KeyedChoice
              label={text('customers.entry.overflowNotice')}
              description={text('customers.entry.overflowNoticeHint')}
              options={options.overflowNotice}
              value={draft.overflowNotice}
              onChange={(overflowNotice) => set({ overflowNotice })}
            />
          )}
          <KeyedChoice
            label={text('customers.entry.pay')}
            options={options.pay}
            value={draft.pay}
            onChange={(pay) => set({ pay })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={text('customers.entry.name')}
            description={text('customers.entry.privateHint')}
            value={draft.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
          />
          <TextInput
            label={text('customers.entry.address')}
            description={text('customers.entry.privateHint')}
            value={draft.address}
            onChange={(event) => set({ address: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group gap="md">
          <Button type="submit" loading={saving}>
            {text(initial ? 'customers.entry.saveChanges' : 'customers.entry.saveCard')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {text('customers.entry.cancel')}
            </Button>
          )}
          <Text role="status" fw={600} c={message?.kind === 'saved' ? successColor : undefined}>
            {message?.kind === 'saved' ? message.text : ''}
          </Text>
        </Group>
        {message?.kind === 'problem' && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={text('customers.entry.problemTitle')}
          >
            {message.text}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
