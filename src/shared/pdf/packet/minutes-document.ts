import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Meeting, VoteOutcome } from '../../domain/approval';
import { minutesWording } from '../../domain/minutes/minutes-wording';
import type { Language } from '../../domain/printed-date';
import type { UtilityProfile } from '../../domain/utility';
import { formatIn } from '../../i18n/say-in';
import { sharedCatalogs } from '../../i18n/shared-catalog';
import { frameWords } from '../frame-words';
import { frameMargins, pageFooter, runningHeader } from '../page-frame';
import { documentBase, palette } from '../pdf-styles';
import { breakLongWords } from '../user-text';
import { packetWords } from './packet-words';
import { dateOrBlank, typedOrBlank } from './typed-or-blank';
import { resolutionSection } from './resolution-section';
import { resolutionWords } from './resolution-words';
import { signatureLine } from './signature-line';

export interface MinutesDocumentInput {
  utility: UtilityProfile;
  revision: number;
  /** Survey cards and comments recorded in step 4, as the resolution's clause counts them. */
  responses: number;
  meeting: Meeting;
  outcome: VoteOutcome;
  /** The approved revision's fingerprint; null while the app has not recorded the approval. */
  fingerprint: string | null;
  language: Language;
}

/**
 * After the vote: the minutes excerpt (as the board saved it in step 7, or else worded from the
 * recorded vote) with the secretary's certification, then the resolution filled in from the
 * vote, ready to sign. Its footer carries the approved revision's fingerprint once recorded.
 */
export function minutesDocument(input: MinutesDocumentInput): TDocumentDefinitions {
  const { utility, meeting, outcome, language } = input;
  const words = packetWords[language];
  const frame = {
    utilityName: utility.name,
    documentTitle: words.minutesTitle,
    revision: input.revision,
    fingerprint: input.fingerprint,
    language,
  };
  const date = dateOrBlank(meeting.date, language);
  const name = typedOrBlank(utility.name, language);
  const typed = meeting.minutesExcerpt.trim();
  const excerpt =
    typed !== ''
      ? typed
      : minutesWording(
          {
            meeting,
            outcome,
            board: utility.board,
            utilityName: utility.name,
            revision: input.revision,
          },
          { text: (key, values) => formatIn(sharedCatalogs, key, values, language), language },
        );
  const secretary = utility.board.find((member) => member.office === 'secretary')?.name ?? '';
  const body: Content[] = [
    { text: words.minutesKicker, style: 'label' },
    { text: words.minutesOf(name, date), style: 'title', fontSize: 18, margin: [0, 4, 0, 12] },
    ...(input.fingerprint === null
      ? [
          {
            text: words.notYetApproved,
            style: 'small',
            color: palette.draft,
            margin: [0, 0, 0, 8],
          } as Content,
        ]
      : []),
    { text: breakLongWords(excerpt), style: 'body' },
    ...(typed === '' ? [{ text: words.suggested, style: 'small', italics: true } as Content] : []),
    { text: words.certify(date), style: 'body', margin: [0, 16, 0, 0] },
    signatureLine(
      resolutionWords[language].secretary,
      typedOrBlank(secretary, language),
      resolutionWords[language].date,
    ),
    { text: '', pageBreak: 'after' },
    ...resolutionSection({
      utility,
      revision: input.revision,
      responses: input.responses,
      meeting,
      vote: { outcome, fingerprint: input.fingerprint },
      language,
    }),
  ];
  return {
    ...documentBase,
    info: {
      title: `${words.minutesTitle} — ${utility.name}`,
      author: utility.name === '' ? 'LOS Builder' : frameWords[language].author(utility.name),
      subject: words.minutesOf(utility.name, date),
      creator: 'LOS Builder',
    },
    pageMargins: frameMargins(frame),
    header: runningHeader(frame),
    footer: pageFooter(frame),
    content: body,
  };
}
