import type { ApiError } from '@shared/api/result';
import { parseTimeOfDay } from '@shared/domain/customers/csv/parse-time-of-day';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { numberFromText } from '@shared/domain/numbers/number-from-text';
import {
  outageEntrySchema,
  outageFieldProblems,
  type OutageEntry,
} from '@shared/domain/tracking/outage-entry';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { clockWords } from '@shared/domain/tracking/outage-words';
import { issueText } from '../../i18n/issue-text';
import { say } from '../../i18n/say';
import type { Text } from '../../i18n/use-text';

/** One outage as typed: every field as text, so nothing typed is lost when it is refused. */
export interface OutageDraft {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  planned: '' | 'planned' | 'unplanned';
  noticeHours: string;
  customersAffected: string;
  note: string;
}

export type OutageField = keyof OutageDraft;

/** A message beside each field that needs fixing. */
export type OutageErrors = Partial<Record<OutageField, string>>;

export const blankOutageDraft: OutageDraft = {
  startDate: '',
  startTime: '',
  endDate: '',
  endTime: '',
  planned: '',
  noticeHours: '',
  customersAffected: '',
  note: '',
};

const fields = new Set<string>(Object.keys(blankOutageDraft));

function isOutageField(key: unknown): key is OutageField {
  return typeof key === 'string' && fields.has(key);
}

const numberText = (value: number | null) => (value === null ? '' : everyDigitText(value));

/** A kept outage as the form shows it, to edit: times as US clocks say them ("2:05 PM"). */
export function draftOf(outage: Outage): OutageDraft {
  return {
    startDate: outage.startDate,
    startTime: outage.startTime === null ? '' : clockWords(outage.startTime),
    endDate: outage.endDate,
    endTime: outage.endTime === null ? '' : clockWords(outage.endTime),
    planned: outage.planned ? 'planned' : 'unplanned',
    noticeHours: numberText(outage.noticeHours),
    customersAffected: numberText(outage.customersAffected),
    note: outage.note,
  };
}

/** A typed time read as the log keeps it ("14:05"), null when empty, or the refusal. */
function readTime(
  text: Text,
  typed: string,
  field: 'startTime' | 'endTime',
): string | null | { problem: string } {
  if (typed.trim() === '') return null;
  return (
    parseTimeOfDay(typed) ?? {
      problem: text('outages.error.time', {
        field: text(`outages.field.${field}`),
        typed: typed.trim(),
      }),
    }
  );
}

/**
 * The outage the API takes, checked with the log's own rules (an end before its start too), so
 * each field shows the message main would answer; or the messages, by field.
 */
export function checkedOutage(
  text: Text,
  draft: OutageDraft,
): { ok: true; entry: OutageEntry } | { ok: false; errors: OutageErrors } {
  const errors: OutageErrors = {};
  if (draft.startDate.trim() === '') {
    errors.startDate = text('outages.error.startDate');
  }
  if (draft.planned === '') {
    errors.planned = text('outages.error.planned');
  }
  const startTime = readTime(text, draft.startTime, 'startTime');
  const endTime = readTime(text, draft.endTime, 'endTime');
  if (typeof startTime === 'object' && startTime !== null) errors.startTime = startTime.problem;
  if (typeof endTime === 'object' && endTime !== null) errors.endTime = endTime.problem;
  const parsed = outageEntrySchema.safeParse({
    startDate: draft.startDate,
    startTime: typeof startTime === 'string' ? startTime : null,
    endDate: draft.endDate,
    endTime: typeof endTime === 'string' ? endTime : null,
    planned: draft.planned === 'planned',
    noticeHours: numberFromText(draft.noticeHours),
    customersAffected: numberFromText(draft.customersAffected),
    note: draft.note,
  });
  const add = (field: unknown, message: string) => {
    if (isOutageField(field) && errors[field] === undefined) errors[field] = message;
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path[0], issueText(text, issue));
    return { ok: false, errors };
  }
  const together = outageFieldProblems({ ...parsed.data, id: 'draft', recordedAt: '' });
  for (const [field, message] of Object.entries(together)) {
    add(field, typeof message === 'string' ? message : say(text, message));
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, entry: parsed.data };
}

/** The API's messages by field (`outage.<field>` from the contract, `<field>` from the log). */
export function errorsFrom(error: ApiError): OutageErrors {
  const errors: OutageErrors = {};
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    const field = key.startsWith('outage.') ? key.slice('outage.'.length) : key;
    if (isOutageField(field)) errors[field] = message;
  }
  return errors;
}
