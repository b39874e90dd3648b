import { agreementTerms } from '../../../src/shared/pdf/agreement-words';
import { approvalWords } from '../../../src/shared/pdf/approval-words';
import { boundariesWords } from '../../../src/shared/pdf/boundaries-words';
import { summaryWords } from '../../../src/shared/pdf/customer-summary-words';
import { feedbackText } from '../../../src/shared/pdf/feedback-text';
import { frameWords } from '../../../src/shared/pdf/frame-words';
import { goalSettingWordsIn } from '../../../src/shared/pdf/goal-setting-words';
import { goalsWords } from '../../../src/shared/pdf/goals-words';
import { boardWordsIn } from '../../../src/shared/pdf/reports/board-report-words';
import { cardWords } from '../../../src/shared/pdf/reports/report-card-words';
import { cardChoiceWords } from '../../../src/shared/pdf/card-choice-words';
import { surveyCardWords } from '../../../src/shared/pdf/survey-card-words';
import { tallySheetWords } from '../../../src/shared/pdf/tally-sheet-words';
import { trackingWords } from '../../../src/shared/pdf/tracking-words';
import { assetWords } from '../../../src/shared/pdf/water-sentences';
import { sewerSentences } from '../../../src/shared/pdf/sewer-sentences';
import { goalAreaWords, goalAreas } from '../../../src/shared/domain/goal-areas';

/** Every string a value holds; a function is called with sample figures to get its words. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'function') {
    try {
      return stringsOf((value as (...args: unknown[]) => unknown)(2, 3, 4));
    } catch {
      // A function that takes a list or a record: its words are in the other records.
      return [];
    }
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** The English records of every paper: the app's own fixed text, in English. */
const englishRecords: unknown[] = [
  agreementTerms.en,
  approvalWords.en,
  boundariesWords.en,
  summaryWords.en,
  feedbackText.en,
  frameWords.en,
  goalSettingWordsIn.en,
  goalsWords.en,
  boardWordsIn.en,
  cardWords.en,
  cardChoiceWords.en,
  surveyCardWords.en,
  tallySheetWords.en,
  trackingWords.en,
  assetWords,
  goalAreas.map((area) => goalAreaWords(area, 'both')),
  sewerSentences({
    milesOfSewer: 2,
    collection: 'gravity',
    treatment: 'lagoon',
    inflowInfiltration: 'unknown',
    liftStations: 3,
    liftStationsWithBackupPower: 1,
    dischargePermit: '',
  }),
];

/**
 * Words the same in both languages, or names: they may appear on a Spanish paper. (Spanish
 * "no", "social", "total" are the English words too; "LOS Builder" is the app's name.)
 */
const sameInBoth = new Set([
  'a',
  'no',
  'social',
  'total',
  'federal',
  'local',
  'general',
  'final',
  'normal',
  'los',
  'builder',
  'id',
  'qr',
  'sha',
  'psi',
  'e',
  'o',
  'y',
  'h',
  'min',
  'mg',
  'kwh',
  'facebook',
  'email',
  'internet',
  'me',
  'mi',
  'son',
  'pro',
  'neutral',
  'control',
  'plan',
  'ideas',
  // Spanish "vote" (that the board vote), not the English noun.
  'vote',
]);

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-záéíóúüñ’']+/giu) ?? [];
}

/** The app's English words: every word of its English records, less those shared with Spanish. */
export const englishWords: ReadonlySet<string> = new Set(
  englishRecords
    .flatMap(stringsOf)
    .flatMap(wordsOf)
    .filter((word) => word.length > 1 && !sameInBoth.has(word) && !/[áéíóúüñ]/u.test(word)),
);

/** The English words of the app's own text that a Spanish paper's text holds, each once. */
export function englishWordsIn(text: string): string[] {
  return [...new Set(wordsOf(text).filter((word) => englishWords.has(word)))].sort();
}
