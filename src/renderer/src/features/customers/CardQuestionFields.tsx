import { Fieldset, Stack } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import {
  cardQuestionIds,
  cardQuestions,
  type CardQuestion,
} from '@shared/domain/customers/card-questions';
import type { SystemType } from '@shared/domain/utility';
import { cardQuestionWords } from '@shared/pdf/card-choice-words';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { cardEntryOptions, type CardLine } from './card-entry-options';
import { entryOptions, type EntryDraft } from './entry-draft';
import { KeyedChecks } from './KeyedChecks';
import { KeyedChoice, type ChoiceOption } from './KeyedChoice';

type LineAnswers = 'ratings' | 'priorities' | 'importance';
type SingleAnswer = 'outage' | 'notice' | 'cleanup' | 'overflowNotice' | 'pay';

/** A question's legend set apart, as the comments question the form draws has it too. */
export const questionLegendStyles = {
  legend: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 700 },
};

interface CardQuestionFieldsProps {
  draft: EntryDraft;
  set: (change: Partial<EntryDraft>) => void;
  systemType: SystemType | null;
  /** The importance question's lines, as the card prints them; none when it is not asked. */
  importance: readonly CardLine[];
  /** The card as saved: a service question it answers stays in view to be seen or cleared. */
  saved: EntryDraft;
}

/** What the comments question holds: typed in often, so it draws apart from the others. */
const commentFields = ['said', 'topic', 'strength', 'name', 'address'] as const;

/** The service questions a system type may leave off the card; each is its draft's field too. */
const serviceQuestions = [
  'outage',
  'notice',
  'cleanup',
  'overflowNotice',
] as const satisfies readonly (CardQuestion & keyof EntryDraft)[];

/**
 * The questions a card asks, in order. A card typed before step 1 changed was printed with its
 * own service questions, so one it answers stays in view.
 */
export function askedQuestions(
  systemType: SystemType | null,
  asksImportance: boolean,
  saved: EntryDraft,
): CardQuestion[] {
  const printed = cardQuestions(systemType, asksImportance);
  const answered = serviceQuestions.filter((question) => saved[question] !== '');
  return cardQuestionIds.filter(
    (question) => printed.includes(question) || answered.some((each) => each === question),
  );
}

/** The label of a question as the card numbers it: "10. What else should the board know?…" */
export function numberedQuestion(asked: CardQuestion[], question: CardQuestion, words: string) {
  return `${asked.indexOf(question) + 1}. ${words}`;
}

/**
 * The survey card's questions, numbered, worded and ordered as the printed card has them for
 * this utility, so a returned card is typed top to bottom with the keyboard alone.
 */
export const CardQuestionFields = memo(function CardQuestionFields(props: CardQuestionFieldsProps) {
  const { draft, set, systemType, importance, saved } = props;
  const text = useText();
  const language = useScreenLanguage();
  const options = entryOptions(text, language);
  const card = cardEntryOptions(systemType, language, options.notAnswered);
  const asks = cardQuestionWords(systemType, language);

  /** One line of a grid question: its own choice, stored under its key. */
  const line = (field: LineAnswers, item: CardLine, answers: ChoiceOption[], keys = false) => (
    <KeyedChoice
      key={item.key}
      shape="line"
      showKeys={keys}
      label={item.label}
      options={answers}
      value={draft[field][item.key] ?? ''}
      onChange={(answer) => set({ [field]: { ...draft[field], [item.key]: answer } })}
    />
  );
  /** A question with one answer, stored in the draft's field of the same name. */
  const single = (field: SingleAnswer) => (label: string) => (
    <KeyedChoice
      label={label}
      shape="question"
      options={options[field]}
      value={draft[field]}
      onChange={(answer) => set({ [field]: answer })}
    />
  );
  const grid = (legend: string, lines: ReactNode[]) => (
    <Fieldset legend={legend} variant="unstyled" styles={questionLegendStyles}>
      <Stack gap={6} mt="xs">
        {lines}
      </Stack>
    </Fieldset>
  );

  const fields: Record<Exclude<CardQuestion, 'comments'>, (label: string) => ReactNode> = {
    overall: (label) => (
      <KeyedChoice
        label={label}
        shape="question"
        options={options.satisfaction}
        value={draft.satisfaction}
        showKeys={false}
        onChange={(satisfaction) => set({ satisfaction })}
      />
    ),
    aspects: (label) =>
      grid(
        label,
        card.aspects.map((item) => line('ratings', item, card.rating)),
      ),
    problems: (label) => (
      <KeyedChecks
        label={label}
        options={card.problems}
        value={draft.problems}
        columns={3}
        onChange={(problems) => set({ problems })}
      />
    ),
    outage: single('outage'),
    notice: single('notice'),
    cleanup: single('cleanup'),
    overflowNotice: single('overflowNotice'),
    pay: single('pay'),
    priorities: (label) =>
      grid(
        label,
        card.priorities.map((item) => line('priorities', item, card.rank)),
      ),
    contact: (label) => (
      <KeyedChecks
        label={label}
        options={card.contact}
        value={draft.contact}
        columns={3}
        onChange={(contact) => set({ contact })}
      />
    ),
    goals: (label) =>
      grid(
        label,
        importance.map((item) => line('importance', item, card.importance, true)),
      ),
  };

  const asked = askedQuestions(systemType, importance.length > 0, saved);
  return (
    <Stack gap="lg">
      {asked.map((question) =>
        question === 'comments' ? null : (
          <div key={question} data-card-question={question}>
            {fields[question](numberedQuestion(asked, question, asks[question]))}
          </div>
        ),
      )}
    </Stack>
  );
}, sameQuestions);

/** Drawn again only when an answer it shows changes, not as the comments are typed. */
function sameQuestions(before: CardQuestionFieldsProps, after: CardQuestionFieldsProps): boolean {
  const keys = Object.keys(after.draft) as (keyof EntryDraft)[];
  return (
    before.set === after.set &&
    before.systemType === after.systemType &&
    before.importance === after.importance &&
    before.saved === after.saved &&
    keys.every(
      (key) =>
        (commentFields as readonly string[]).includes(key) ||
        before.draft[key] === after.draft[key],
    )
  );
}
