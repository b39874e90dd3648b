import type { Content } from 'pdfmake/interfaces';
import type { Meeting } from '../../domain/approval';
import type { Language } from '../../domain/printed-date';
import { packetWords } from './packet-words';
import { dateOrBlank, typedOrBlank } from './typed-or-blank';
import { resolutionWords } from './resolution-words';

export interface NoticeInput {
  utilityName: string;
  revision: number;
  meeting: Meeting;
  language: Language;
}

/**
 * The public notice of the meeting, ready to post or publish: when and where, what the board
 * will consider, and that customers may come and speak. What step 7 does not hold yet is a blank.
 */
export function noticeSection(input: NoticeInput): Content[] {
  const { meeting, language } = input;
  const words = packetWords[language];
  const blank = resolutionWords[language].blank;
  const typed = (value: string) => typedOrBlank(value, language);
  const date = dateOrBlank(meeting.date, language);
  const paragraphs = [
    words.noticeText.meets(typed(input.utilityName), date, typed(meeting.place)),
    words.noticeText.considers(input.revision),
    words.noticeText.copy(blank),
    words.noticeText.welcome,
  ];
  return [
    {
      text: words.noticeKicker,
      style: 'title',
      fontSize: 18,
      alignment: 'center',
      margin: [0, 0, 0, 14],
    },
    ...paragraphs.map((text): Content => ({ text, style: 'body', fontSize: 12 })),
    ...(meeting.notice.trim() === ''
      ? []
      : [
          {
            text: words.noticeText.how(typed(meeting.notice)),
            style: 'small',
            margin: [0, 18, 0, 0],
          } as Content,
        ]),
  ];
}
