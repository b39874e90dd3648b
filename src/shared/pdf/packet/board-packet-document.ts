import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Meeting, VoteOutcome } from '../../domain/approval';
import type { Finding } from '../../domain/review-finding';
import { agreementDocument, type AgreementPdfInput } from '../agreement-document';
import { frameWords } from '../frame-words';
import { frameMargins, pageFooter, runningHeader } from '../page-frame';
import { documentBase } from '../pdf-styles';
import { sectionTitle } from '../section-title';
import { cardAnswersSection, type CardAnswersInput } from './card-answers-section';
import { findingsSection } from './findings-section';
import { memoSection } from './memo-section';
import { noticeSection } from './notice-section';
import { packetWords } from './packet-words';
import { resolutionSection } from './resolution-section';

export interface BoardPacketInput {
  /** The working draft as the agreement PDF prints it: attachment A. */
  agreement: AgreementPdfInput & { approval: null };
  meeting: Meeting;
  /** The vote rules applied to the meeting as recorded (the quorum the seats call for). */
  outcome: VoteOutcome;
  findings: readonly Finding[];
  customers: Omit<CardAnswersInput, 'systemType' | 'language'>;
}

const newPage: Content = { text: '', pageBreak: 'after' };

/**
 * One PDF for the meeting that votes on the draft: the agenda memo, the draft resolution with
 * blanks for the vote, the public notice, the review's findings, what customers said and the
 * draft agreement itself. Every page carries the draft mark: nothing here is approved.
 */
export function boardPacketDocument(input: BoardPacketInput): TDocumentDefinitions {
  const { agreement, meeting } = input;
  const { content } = agreement;
  const language = agreement.language ?? 'en';
  const words = packetWords[language];
  const frame = {
    utilityName: content.utility.name,
    documentTitle: words.title,
    revision: content.revision,
    fingerprint: null,
    language,
  };
  const draft = agreementDocument(agreement);
  const body: Content[] = [
    ...memoSection({
      utility: content.utility,
      revision: content.revision,
      meeting,
      outcome: input.outcome,
      findings: input.findings,
      generatedOn: agreement.generatedOn,
      language,
    }),
    newPage,
    ...resolutionSection({
      utility: content.utility,
      revision: content.revision,
      responses: input.customers.tally.entries,
      meeting,
      vote: null,
      language,
    }),
    newPage,
    ...noticeSection({
      utilityName: content.utility.name,
      revision: content.revision,
      meeting,
      language,
    }),
    newPage,
    sectionTitle(4, words.findings),
    ...findingsSection(input.findings, language),
    sectionTitle(5, words.customers),
    ...cardAnswersSection({
      ...input.customers,
      systemType: content.utility.systemType,
      language,
    }),
    newPage,
    { text: words.attachment, style: 'label', margin: [0, 0, 0, 10] },
    draft.content,
  ];
  return {
    ...documentBase,
    info: {
      title: `${words.title} — ${content.utility.name}`,
      author:
        content.utility.name === ''
          ? 'LOS Builder'
          : frameWords[language].author(content.utility.name),
      subject: words.memoTitle(content.revision),
      creator: 'LOS Builder',
    },
    pageMargins: frameMargins(frame),
    header: runningHeader(frame),
    footer: pageFooter(frame),
    content: body,
  };
}
