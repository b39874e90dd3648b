import type { Content } from 'pdfmake/interfaces';
import type { Language } from '../../domain/printed-date';
import { findingSeverities, type Finding } from '../../domain/review-finding';
import { sayIn } from '../../i18n/say-in';
import { palette } from '../pdf-styles';
import { paragraph } from '../section-title';
import { packetWords } from './packet-words';

/**
 * The review's findings in plain words, as step 6 shows them: what must be fixed before the board
 * can approve first, then the warnings and notes the board weighs, each with what to do.
 */
export function findingsSection(findings: readonly Finding[], language: Language): Content[] {
  const words = packetWords[language];
  if (findings.length === 0) return [paragraph(words.noFindings)];
  return findingSeverities.flatMap((severity): Content[] => {
    const listed = findings.filter((finding) => finding.severity === severity);
    if (listed.length === 0) return [];
    return [
      {
        text: `${words.severity[severity]} (${listed.length})`,
        style: 'subheading',
        ...(severity === 'blocker' ? { color: palette.draft } : {}),
      },
      {
        ol: listed.map((finding) => ({
          stack: [
            { text: sayIn(finding.message, language) },
            {
              text: [{ text: `${words.whatToDo} `, bold: true }, sayIn(finding.fix, language)],
              style: 'small',
            },
          ],
          margin: [0, 0, 0, 5],
        })),
        style: 'body',
      },
    ];
  });
}
