import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import type { FeedbackEntryFields } from '@shared/domain/customers/feedback-entry';
import type { SystemType } from '@shared/domain/utility';
import { cardQuestionWords } from '@shared/pdf/card-choice-words';
import type { CardLine } from './card-entry-options';
import { CommentFields } from './CommentFields';
import { askedQuestions, CardQuestionFields, numberedQuestion } from './CardQuestionFields';
import { draftOf, fieldsOf, isBlankDraft, sameDraft, type EntryDraft } from './entry-draft';
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
  /** The importance question's lines, as the printed card has them. */
  importance: readonly CardLine[];
}

/**
 * One card as the paper survey has it, for typing a stack of cards in an evening: Enter saves
 * the card and clears the form for the next one, with the focus back on the first field.
 */
export function FastEntryForm(props: FastEntryFormProps) {
  const { label, initial, savedCount, onSave, onCancel, autoFocus, systemType, importance } = props;
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(initial));
  // The topic follows what was said until the user picks one.
  const [topicChosen, setTopicChosen] = useState(initial !== undefined);
  // Saves not answered yet: a new card's Enter never waits for the card before it to be saved.
  const [pending, setPending] = useState(0);
  const [message, setMessage] = useState<
    { kind: 'saved' } | { kind: 'problem'; text: string } | null
  >(null);
  // A card whose save failed while the next one was being typed.
  const [aside, setAside] = useState<EntryDraft | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // The first question's first answer: the card is typed from the top.
  const focusFirst = () => form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  const text = useText();
  const language = useScreenLanguage();
  useEffect(() => {
    if (autoFocus) focusFirst();
  }, [autoFocus]);

  // Stable, so the card's questions are not drawn again as the comments are typed.
  const set = useCallback(
    (change: Partial<EntryDraft>) => setDraft((current) => ({ ...current, ...change })),
    [],
  );
  const saved = useMemo(() => draftOf(initial), [initial]);
  const asked = askedQuestions(systemType, importance.length > 0, saved);
  const asks = cardQuestionWords(systemType, language);

  // The draft as typed now, read after a save returns (the state seen by `save` is older).
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);

  async function save() {
    // A card being changed is saved once; a new card is saved however many are on their way.
    if (initial && pending > 0) return;
    if (isBlankDraft(draft)) {
      setMessage({ kind: 'problem', text: text('customers.entry.empty') });
      return;
    }
    const checked = fieldsOf(text, draft);
    if (!checked.ok) {
      setMessage({ kind: 'problem', text: checked.message ?? text('customers.entry.check') });
      return;
    }
    const taken = draft;
    setPending((count) => count + 1);
    // A new card makes room for the next one at once: what is typed while it saves is never
    // wiped by the save coming back.
    if (!initial) {
      setDraft(draftOf());
      setTopicChosen(false);
      setMessage(null);
      focusFirst();
    }
    const failure = await onSave(checked.fields);
    setPending((count) => count - 1);
    if (failure !== null) {
      setMessage({ kind: 'problem', text: text('customers.entry.notSaved', { reason: failure }) });
      if (initial) return;
      // Back in the form if nothing was typed since; else kept aside, a click away.
      if (sameDraft(latest.current, draftOf())) {
        setDraft(taken);
        setTopicChosen(true);
      } else {
        setAside(taken);
      }
      return;
    }
    if (initial) return;
    // Numbered by the cards the outreach holds once it is drawn again, so two saves that
    // overlap never both say "Card 4".
    setMessage({ kind: 'saved' });
  }

  /** Puts the card kept aside in the form, and the form's card aside, so neither is lost. */
  function switchAside() {
    if (aside === null) return;
    const current = latest.current;
    setDraft(aside);
    setTopicChosen(true);
    setAside(sameDraft(current, draftOf()) ? null : current);
    focusFirst();
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
    <form ref={form} aria-label={label} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
      <Stack gap="md">
        <CardQuestionFields
          draft={draft}
          set={set}
          systemType={systemType}
          importance={importance}
          saved={saved}
        />
        <CommentFields
          label={numberedQuestion(asked, 'comments', asks.comments)}
          draft={draft}
          set={set}
          systemType={systemType}
          topicChosen={topicChosen}
          onTopicChosen={() => setTopicChosen(true)}
        />
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
          <Button type="submit" loading={initial !== undefined && pending > 0}>
            {text(initial ? 'customers.entry.saveChanges' : 'customers.entry.saveCard')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {text('customers.entry.cancel')}
            </Button>
          )}
          <Text role="status" fw={600} c={message?.kind === 'saved' ? successColor : undefined}>
            {message?.kind === 'saved' ? text('customers.entry.saved', { number: savedCount }) : ''}
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
        {aside !== null && (
          <Alert color="yellow" variant="light" title={text('customers.entry.asideTitle')}>
            <Group gap="md">
              <Text>{text('customers.entry.asideNote')}</Text>
              <Button variant="default" onClick={switchAside}>
                {text('customers.entry.switchAside')}
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
