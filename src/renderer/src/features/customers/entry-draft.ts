import {
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  type Worded,
} from '@shared/domain/customers/answer-words';
import {
  blankEntryFields,
  cleanupHourChoices,
  feedbackEntryFieldsSchema,
  feedbackStrengths,
  feedbackTopics,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
  satisfactionScores,
  type FeedbackEntryFields,
} from '@shared/domain/customers/feedback-entry';
import { topicApplies } from '@shared/domain/customers/topic-applies';
import type { SystemType } from '@shared/domain/utility';
import type { Language } from '@shared/domain/printed-date';
import { scoreWords } from '@shared/pdf/card-choice-words';
import { issueText } from '../../i18n/issue-text';
import type { Text } from '../../i18n/use-text';
import type { ChoiceOption } from './KeyedChoice';

/** A card as the form holds it: every choice as the text of a radio button, '' for none. */
export interface EntryDraft {
  topic: string;
  said: string;
  strength: string;
  satisfaction: string;
  outage: string;
  notice: string;
  cleanup: string;
  overflowNotice: string;
  pay: string;
  /** Each aspect's "1" to "5" or "dont-know"; an aspect left blank is not in it. */
  ratings: Record<string, string>;
  problems: string[];
  /** Each priority's rank as typed, "1" the most important. */
  priorities: Record<string, string>;
  contact: string[];
  /** By importance line key (a goal's or an area's). */
  importance: Record<string, string>;
  name: string;
  address: string;
}

/** A question's answers as buttons, in the survey card's words, then "No answer". */
function answerOptions<Value extends string | number>(
  choices: readonly Value[],
  words: Worded<Value>,
  language: Language,
  notAnswered: ChoiceOption,
): ChoiceOption[] {
  const options = choices.map((value) => ({
    value: String(value),
    label: words[value][language].card,
  }));
  return [...options, notAnswered];
}

/** Each question's buttons, in the screen's language and the survey card's words. */
export function entryOptions(text: Text, language: Language) {
  const notAnswered: ChoiceOption = { value: '', label: text('customers.entry.noAnswer') };
  return {
    notAnswered,
    strength: feedbackStrengths.map((value) => ({
      value,
      label: text(`customers.strength.${value}`),
    })),
    satisfaction: [
      ...satisfactionScores.map((score) => ({
        value: String(score),
        label: scoreWords(score, language),
      })),
      notAnswered,
    ],
    outage: answerOptions(outageHourChoices, outageHourWords, language, notAnswered),
    notice: answerOptions(noticeDayChoices, noticeDayWords, language, notAnswered),
    cleanup: answerOptions(cleanupHourChoices, cleanupHourWords, language, notAnswered),
    overflowNotice: answerOptions(
      overflowNoticeHourChoices,
      overflowNoticeHourWords,
      language,
      notAnswered,
    ),
    pay: answerOptions(payChoices, payChoiceWords, language, notAnswered),
  };
}

/**
 * The topics offered for a utility's system type (no water quality for a sewer district), and
 * the card's own topic last, marked, when it is not one of them: a card typed before step 1
 * changed keeps what it says until the user picks another.
 */
export function topicOptions(
  text: Text,
  systemType: SystemType | null,
  current: string,
): ChoiceOption[] {
  const offered = feedbackTopics.filter((topic) => topicApplies(topic, systemType));
  const options = offered.map((topic) => ({
    value: topic,
    label: text(`evidence.topic.${topic}`),
  }));
  const kept = feedbackTopics.find((topic) => topic === current && !offered.includes(topic));
  if (kept === undefined) return options;
  const label = text('customers.entry.notCovered', { topic: text(`evidence.topic.${kept}`) });
  return [...options, { value: kept, label }];
}

const text = (value: number | null) => (value === null ? '' : String(value));
const numberOrNull = (value: string) => (value === '' ? null : Number(value));

export function draftOf(fields: FeedbackEntryFields = blankEntryFields()): EntryDraft {
  return {
    topic: fields.topic,
    said: fields.said,
    strength: fields.strength,
    satisfaction: text(fields.satisfaction),
    outage: text(fields.acceptableOutageHours),
    notice: text(fields.noticeDays),
    cleanup: text(fields.cleanupHours),
    overflowNotice: text(fields.overflowNoticeHours),
    pay: fields.willingToPay ?? '',
    ratings: answered(fields.ratings, String),
    problems: [...fields.problems],
    priorities: answered(fields.priorities, String),
    contact: [...fields.contact],
    importance: { ...fields.importance },
    name: fields.name,
    address: fields.address,
  };
}

/** The answered lines of a grid question, each answer as `as` gives it. */
function answered<Answer, Out>(
  lines: Partial<Record<string, Answer>>,
  as: (answer: Answer) => Out,
): Record<string, Out> {
  const kept: Record<string, Out> = {};
  for (const [key, answer] of Object.entries(lines)) {
    if (answer !== undefined && answer !== '') kept[key] = as(answer);
  }
  return kept;
}

/** Whether two drafts hold the same card, answer for answer. */
export function sameDraft(one: EntryDraft, other: EntryDraft): boolean {
  return JSON.stringify(one) === JSON.stringify(other);
}

/** True for a card with nothing on it, which Enter must not save by accident. */
export function isBlankDraft(draft: EntryDraft): boolean {
  const answers = [draft.said, draft.satisfaction, draft.outage, draft.notice, draft.pay];
  const single = [...answers, draft.cleanup, draft.overflowNotice];
  const lines = [draft.ratings, draft.priorities, draft.importance].flatMap((answers) =>
    Object.values(answers),
  );
  const marked = draft.problems.length + draft.contact.length;
  return marked === 0 && [...single, ...lines].every((value) => value.trim() === '');
}

/** The fields the Api takes, or the schema's first message naming what to fix (null: none). */
export function fieldsOf(
  text: Text,
  draft: EntryDraft,
): { ok: true; fields: FeedbackEntryFields } | { ok: false; message: string | null } {
  const parsed = feedbackEntryFieldsSchema.safeParse({
    topic: draft.topic,
    said: draft.said,
    strength: draft.strength,
    satisfaction: numberOrNull(draft.satisfaction),
    acceptableOutageHours: numberOrNull(draft.outage),
    noticeDays: numberOrNull(draft.notice),
    cleanupHours: numberOrNull(draft.cleanup),
    overflowNoticeHours: numberOrNull(draft.overflowNotice),
    willingToPay: draft.pay === '' ? null : draft.pay,
    ratings: answered(draft.ratings, (rating) =>
      rating === 'dont-know' ? rating : Number(rating),
    ),
    problems: draft.problems,
    priorities: answered(draft.priorities, Number),
    contact: draft.contact,
    importance: answered(draft.importance, (answer) => answer),
    name: draft.name,
    address: draft.address,
  });
  if (parsed.success) return { ok: true, fields: parsed.data };
  const [first] = parsed.error.issues;
  return { ok: false, message: first ? issueText(text, first) : null };
}
