import {
  blankEntryFields,
  feedbackEntryFieldsSchema,
  feedbackStrengths,
  feedbackTopics,
  feedbackTopicTitles,
  noticeDayChoices,
  outageHourChoices,
  payChoices,
  satisfactionScores,
  type FeedbackEntryFields,
} from '../../../../shared/domain/customers/feedback-entry';
import type { ChoiceOption } from './KeyedChoice';
import { noticeTitle, outageTitle, payTitles, strengthTitles } from './customer-words';

/** A card as the form holds it: every choice as the text of a radio button, '' for none. */
export interface EntryDraft {
  topic: string;
  said: string;
  strength: string;
  satisfaction: string;
  outage: string;
  notice: string;
  pay: string;
  name: string;
  address: string;
}

const notAnswered: ChoiceOption = { value: '', label: 'No answer' };

export const entryOptions = {
  topic: feedbackTopics.map((topic) => ({ value: topic, label: feedbackTopicTitles[topic] })),
  strength: feedbackStrengths.map((value) => ({ value, label: strengthTitles[value] })),
  satisfaction: [
    ...satisfactionScores.map((score) => ({
      value: String(score),
      label: score === 1 ? '1 Very unhappy' : score === 5 ? '5 Very happy' : String(score),
    })),
    notAnswered,
  ],
  outage: [
    ...outageHourChoices.map((hours) => ({ value: String(hours), label: outageTitle(hours) })),
    notAnswered,
  ],
  notice: [
    ...noticeDayChoices.map((days) => ({ value: String(days), label: noticeTitle(days) })),
    notAnswered,
  ],
  pay: [...payChoices.map((value) => ({ value, label: payTitles[value] })), notAnswered],
} satisfies Record<string, ChoiceOption[]>;

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
    pay: fields.willingToPay ?? '',
    name: fields.name,
    address: fields.address,
  };
}

/** True for a card with nothing on it, which Enter must not save by accident. */
export function isBlankDraft(draft: EntryDraft): boolean {
  return [draft.said, draft.satisfaction, draft.outage, draft.notice, draft.pay].every(
    (value) => value.trim() === '',
  );
}

/** The fields the Api takes, or the schema's first message naming what to fix. */
export function fieldsOf(
  draft: EntryDraft,
): { ok: true; fields: FeedbackEntryFields } | { ok: false; message: string } {
  const parsed = feedbackEntryFieldsSchema.safeParse({
    topic: draft.topic,
    said: draft.said,
    strength: draft.strength,
    satisfaction: numberOrNull(draft.satisfaction),
    acceptableOutageHours: numberOrNull(draft.outage),
    noticeDays: numberOrNull(draft.notice),
    willingToPay: draft.pay === '' ? null : draft.pay,
    name: draft.name,
    address: draft.address,
  });
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the card.' };
}
