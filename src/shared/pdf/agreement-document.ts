import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementContent } from '../domain/agreement-version';
import type { Meeting, VoteOutcome } from '../domain/approval';
import { approvalRecord } from './approval-record';
import { boundariesSection, missionSection } from './boundaries-section';
import { changesSection } from './changes-section';
import { customerFeedbackSection } from './customer-feedback-section';
import { goalSettingSection } from './goal-setting-section';
import { goalsSection } from './goals-section';
import { numberedGoals } from './numbered-goals';
import { draftWatermark, frameMargins, pageFooter, runningHeader } from './page-frame';
import { documentBase, palette } from './pdf-styles';
import { printedDate } from '../domain/printed-date';
import { fingerprintQrText } from './fingerprint-text';
import { recordAttachment } from './record-attachment';
import type { RevisionChanges } from './revision-changes';
import { wordsForService } from '../domain/service-words';
import { signaturePage } from './signature-page';
import { standingWords, type Standing } from './standing-words';
import { titleBlock } from './title-block';
import { trackingSection } from './tracking-section';

export interface AgreementPdfInput {
  content: AgreementContent;
  /** The approved version's record, or null for the working draft (watermarked). */
  approval: {
    meeting: Meeting;
    outcome: VoteOutcome;
    fingerprint: string;
    nextReviewOn: string;
    /** The exact text the fingerprint is the SHA-256 of: carried in the PDF as a file. */
    fingerprintedText: string;
    /** In force, or superseded by a later revision. */
    standing: Standing;
  } | null;
  /** The day the file is made, for the draft's title page. */
  generatedOn: string;
  /**
   * A draft of a new revision: what it changes in the one in force. An approved revision started
   * from an annual review: what it changed in the one reviewed. Absent or null otherwise.
   */
  changes?: RevisionChanges | null;
}

export const agreementTitle = 'Level of Service Agreement';

/** The vote in a few words for the signature page: "3 aye, 1 nay, 1 absent". */
function tallyWords(outcome: VoteOutcome): string {
  const parts = [`${outcome.ayes} aye`, `${outcome.nays} nay`];
  if (outcome.abstentions > 0) parts.push(`${outcome.abstentions} abstaining`);
  if (outcome.absent > 0) parts.push(`${outcome.absent} absent`);
  return parts.join(', ');
}

function draftNote(isDraft: boolean, generatedOn: string): Content[] {
  if (!isDraft) return [];
  return [
    {
      text: `Draft for the board’s consideration, printed ${printedDate(generatedOn)}. Not yet approved: the targets may still change.`,
      style: 'small',
      color: palette.draft,
      margin: [0, 8, 0, 0],
    },
  ];
}

/** The whole agreement as a pdfmake document definition: pure, so tests can read its structure. */
export function agreementDocument(input: AgreementPdfInput): TDocumentDefinitions {
  const { content, approval } = input;
  const utilityName = content.utility.name;
  const adoptedOn = approval === null ? null : printedDate(approval.meeting.date);
  const nextReview = approval === null ? null : printedDate(approval.nextReviewOn);
  const frame = {
    utilityName,
    documentTitle: agreementTitle,
    revision: content.revision,
    fingerprint: approval?.fingerprint ?? null,
  };
  const goals = numberedGoals(content.goals);
  // Versions approved before step 4 existed have no customer section; the rest keep their numbers.
  const feedback = content.customerFeedback;
  const after = feedback === undefined ? 3 : 4;
  const body: Content[] = [
    ...titleBlock(content.utility, content.scope.sewer, {
      revision: content.revision,
      adoptedOn,
      nextReviewOn: nextReview,
      standing: approval === null ? null : standingWords(approval.standing),
    }),
    ...draftNote(approval === null, input.generatedOn),
    ...changesSection(input.changes ?? null, approval === null ? 'draft' : 'approved'),
    ...missionSection(1, content.scope),
    ...boundariesSection(2, content.scope, content.utility.systemType),
    ...goalSettingSection(3, content),
    ...(feedback === undefined
      ? []
      : customerFeedbackSection(4, feedback, content.utility.systemType)),
    ...goalsSection(after + 1, content),
    ...trackingSection(after + 2, goals, nextReview, {
      systemType: content.utility.systemType,
      annualMeeting: feedback?.annualMeeting ?? null,
    }),
    ...approvalRecord(
      after + 4,
      content.revision,
      content.utility.board,
      approval === null
        ? null
        : {
            meeting: approval.meeting,
            outcome: approval.outcome,
            meetingDate: printedDate(approval.meeting.date),
          },
    ),
    signaturePage(
      content.utility,
      content.revision,
      approval === null
        ? null
        : {
            meetingDate: printedDate(approval.meeting.date),
            resolutionNumber: approval.meeting.resolutionNumber,
            outcomeSummary: approval.outcome.summary,
            tally: tallyWords(approval.outcome),
            fingerprint: approval.fingerprint,
            qrText: fingerprintQrText({
              utilityName,
              systemId: content.utility.systemId,
              revision: content.revision,
              meetingDate: approval.meeting.date,
              fingerprint: approval.fingerprint,
            }),
          },
    ),
  ];
  const subject =
    approval === null
      ? `Draft revision ${content.revision}, not approved`
      : `Revision ${content.revision}, adopted ${adoptedOn ?? ''}; fingerprint ${approval.fingerprint}`;
  return {
    ...documentBase,
    info: {
      title: `${agreementTitle} — ${utilityName}`,
      author: utilityName === '' ? 'LOS Builder' : `Board of Directors, ${utilityName}`,
      subject,
      creator: 'LOS Builder',
      keywords: `level of service, ${wordsForService(content.utility.systemType, 'en').system}, board approval`,
    },
    pageMargins: frameMargins(frame),
    header: runningHeader(frame),
    footer: pageFooter(frame),
    watermark: draftWatermark(frame.fingerprint),
    content: body,
    ...(approval === null
      ? {}
      : { files: recordAttachment(content.revision, approval.fingerprintedText) }),
  };
}
