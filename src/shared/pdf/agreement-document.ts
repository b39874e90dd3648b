import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgreementContent } from '../domain/agreement-version';
import type { Meeting, VoteOutcome } from '../domain/approval';
import { spanishSummary } from './approval-words';
import { approvalRecord } from './approval-record';
import { boundariesSection, missionSection } from './boundaries-section';
import { changesSection } from './changes-section';
import { customerFeedbackSection } from './customer-feedback-section';
import { goalSettingSection } from './goal-setting-section';
import { goalsSection } from './goals-section';
import { numberedGoals } from './numbered-goals';
import { draftWatermark, frameMargins, pageFooter, runningHeader } from './page-frame';
import { documentBase, palette } from './pdf-styles';
import { printedDate, type Language } from '../domain/printed-date';
import { approvalWords } from './approval-words';
import { frameWords } from './frame-words';
import { countMarked, englishNote } from './printed-passage';
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
  /** The paper's language (English when not given); `changes` must be worded in it too. */
  language?: Language;
}

export const agreementTitle = frameWords.en.agreementTitle;

function draftNote(isDraft: boolean, generatedOn: string, language: Language): Content[] {
  if (!isDraft) return [];
  return [
    {
      text: frameWords[language].draftNote(printedDate(generatedOn, language)),
      style: 'small',
      color: palette.draft,
      margin: [0, 8, 0, 0],
    },
  ];
}

/** The whole agreement as a pdfmake document definition: pure, so tests can read its structure. */
export function agreementDocument(input: AgreementPdfInput): TDocumentDefinitions {
  const { content, approval } = input;
  const language = input.language ?? 'en';
  const words = frameWords[language];
  const date = (value: string) => printedDate(value, language);
  const utilityName = content.utility.name;
  const adoptedOn = approval === null ? null : date(approval.meeting.date);
  const nextReview = approval === null ? null : date(approval.nextReviewOn);
  const frame = {
    utilityName,
    documentTitle: words.agreementTitle,
    revision: content.revision,
    fingerprint: approval?.fingerprint ?? null,
    language,
  };
  const goals = numberedGoals(content.goals);
  // Versions approved before step 4 existed have no customer section; the rest keep their numbers.
  const feedback = content.customerFeedback;
  const after = feedback === undefined ? 3 : 4;
  const sections: Content[] = [
    ...changesSection(input.changes ?? null, approval === null ? 'draft' : 'approved', language),
    ...missionSection(1, content.scope, language),
    ...boundariesSection(2, content.scope, content.utility.systemType, language),
    ...goalSettingSection(3, content, language),
    ...(feedback === undefined
      ? []
      : customerFeedbackSection(4, feedback, content.utility.systemType, language)),
    ...goalsSection(after + 1, content, language),
    ...trackingSection(
      after + 2,
      goals,
      nextReview,
      {
        systemType: content.utility.systemType,
        annualMeeting: feedback?.annualMeeting ?? null,
      },
      language,
    ),
    ...approvalRecord(
      after + 4,
      content.revision,
      content.utility.board,
      approval === null
        ? null
        : {
            meeting: approval.meeting,
            outcome: approval.outcome,
            meetingDate: date(approval.meeting.date),
          },
      language,
    ),
    signaturePage(
      content.utility,
      content.revision,
      approval === null
        ? null
        : {
            meetingDate: date(approval.meeting.date),
            resolutionNumber: approval.meeting.resolutionNumber,
            outcomeSummary:
              language === 'en'
                ? approval.outcome.summary
                : spanishSummary(approval.meeting.threshold, approval.outcome),
            tally: approvalWords[language].shortTally(approval.outcome),
            fingerprint: approval.fingerprint,
            qrText: fingerprintQrText({
              utilityName,
              systemId: content.utility.systemId,
              revision: content.revision,
              meetingDate: approval.meeting.date,
              fingerprint: approval.fingerprint,
            }),
          },
      language,
    ),
  ];
  const body: Content[] = [
    ...titleBlock(
      content.utility,
      content.scope.sewer,
      {
        revision: content.revision,
        adoptedOn,
        nextReviewOn: nextReview,
        standing: approval === null ? null : standingWords(approval.standing, language),
      },
      language,
    ),
    ...draftNote(approval === null, input.generatedOn, language),
    // Counted from the sections as built, so the note says exactly how many are marked.
    ...englishNote(language, countMarked(sections)),
    ...(words.asTyped === null ? [] : [{ text: words.asTyped, style: 'small', italics: true }]),
    ...sections,
  ];
  const subject =
    approval === null
      ? words.subjectDraft(content.revision)
      : words.subjectApproved(content.revision, adoptedOn ?? '', approval.fingerprint);
  return {
    ...documentBase,
    info: {
      title: `${words.agreementTitle} — ${utilityName}`,
      author: utilityName === '' ? 'LOS Builder' : words.author(utilityName),
      subject,
      creator: 'LOS Builder',
      keywords: words.keywords(wordsForService(content.utility.systemType, language).system),
    },
    pageMargins: frameMargins(frame),
    header: runningHeader(frame),
    footer: pageFooter(frame),
    watermark: draftWatermark(frame.fingerprint, language),
    content: body,
    ...(approval === null
      ? {}
      : { files: recordAttachment(content.revision, approval.fingerprintedText) }),
  };
}
