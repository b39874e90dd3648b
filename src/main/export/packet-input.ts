import { voteOutcome } from '../../shared/domain/approval-rules/vote-outcome';
import { tallyCardAnswers } from '../../shared/domain/customers/card-answer-tally';
import { cardLists } from '../../shared/domain/customers/card-questions';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import { tallyFeedback } from '../../shared/domain/customers/tally-feedback';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { importanceLines } from '../../shared/pdf/importance-lines';
import type { BoardPacketInput } from '../../shared/pdf/packet/board-packet-document';
import type { MinutesDocumentInput } from '../../shared/pdf/packet/minutes-document';
import { AppError } from '../app-error';
import { reviewOf } from '../approval/review-service';
import { refusal } from '../messages/refusal';
import { agreementInput } from './agreement-input';
import { approvedOrDraft } from './printable-version';

/**
 * The board packet of the working copy, for the meeting that votes on it: refused once the
 * working copy is approved (the minutes excerpt and the resolution are printed then).
 */
export function boardPacketInput(
  workbook: Workbook,
  complaints: ComplaintSummary,
  generatedOn: string,
  language: Language,
): BoardPacketInput {
  const agreement = agreementInput(workbook, complaints, null, generatedOn, language);
  if (agreement.approval !== null) {
    const revision = workbook.agreement.revision;
    throw new AppError('conflict', refusal('refusals.packetAfterApproval', { revision }));
  }
  const { utility, scope, goals, customers } = workbook;
  const meeting = workbook.meeting.value;
  const { systemType } = utility.value;
  const importance = importanceLines({ goals, areas: scope.value.areas, systemType, language });
  return {
    agreement: { ...agreement, approval: null },
    meeting,
    outcome: voteOutcome(meeting, utility.value.board),
    findings: reviewOf(workbook).findings,
    customers: {
      tally: tallyFeedback({ outreaches: customers.outreaches, entries: customers.entries }),
      answers: tallyCardAnswers(
        customers.entries,
        cardLists(systemType),
        importance.map((line) => line.key),
      ),
      importance,
    },
  };
}

/**
 * The minutes excerpt and the filled resolution of a vote: an approved revision's, as frozen with
 * its fingerprint, or (null) the working copy's vote as recorded in step 7, refused while no
 * member's vote is recorded.
 */
export function minutesInput(
  workbook: Workbook,
  revision: number | null,
  language: Language,
): MinutesDocumentInput {
  const printable = approvedOrDraft(workbook, revision);
  if (printable !== null) {
    const { content, meeting, outcome, fingerprint } = printable.version;
    return {
      utility: content.utility,
      revision: content.revision,
      responses: content.customerFeedback?.tally.entries ?? 0,
      meeting,
      outcome,
      fingerprint,
      language,
    };
  }
  const meeting = workbook.meeting.value;
  const utility = workbook.utility.value;
  const working = workbook.agreement.revision;
  if (meeting.votes.length === 0) {
    throw new AppError('conflict', refusal('refusals.noVoteYet', { revision: working }));
  }
  return {
    utility,
    revision: working,
    responses: workbook.customers.entries.length,
    meeting,
    outcome: voteOutcome(meeting, utility.board),
    fingerprint: null,
    language,
  };
}
