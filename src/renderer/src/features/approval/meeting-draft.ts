import type { Meeting } from '@shared/domain/approval';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';

/** The meeting as the form holds it: the seat and quorum counts may be half-typed text. */
export type MeetingDraft = Omit<Meeting, 'seats' | 'quorumFixed'> & {
  seats: NumberDraft;
  quorumFixed: NumberDraft;
};

export function meetingToDraft(meeting: Meeting): MeetingDraft {
  return structuredClone(meeting);
}

export function meetingDraftToInput(draft: MeetingDraft): unknown {
  return {
    ...draft,
    seats: numberFromDraft(draft.seats),
    quorumFixed: numberFromDraft(draft.quorumFixed),
  };
}
