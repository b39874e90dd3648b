import type { SystemType } from '@shared/domain/utility';
import type { Text } from '../../i18n/use-text';

export interface CategorySuggestion {
  name: string;
  text: string;
}

/** Step 2's examples and hints that differ by the service the utility runs (issue 12). */
export interface ScopeWords {
  missionExample: string;
  /** An example for "What our system cannot do". */
  limitExample: string;
  /** What "Statements by category" covers. */
  categoriesDescription: string;
  /** Ready-made category statements (DOMAIN.md section 1: quality, certification, meetings). */
  categories: CategorySuggestion[];
  /** The equipment every promise must stay within, for the help's "Why it matters". */
  equipment: string;
  /** The help's example of a promise the equipment cannot keep. */
  example: string;
}

/** The ready-made statements the catalog words (scope.category.*). */
type CategoryName =
  | 'waterQuality'
  | 'dischargePermit'
  | 'certification'
  | 'openMeetings'
  | 'waterReport'
  | 'overflowReports';

/** Which ready-made statements fit each service, in the order the buttons offer them. */
const categoriesFor: Record<SystemType, CategoryName[]> = {
  water: ['waterQuality', 'certification', 'openMeetings', 'waterReport'],
  wastewater: ['dischargePermit', 'overflowReports', 'certification', 'openMeetings'],
  both: [
    'waterQuality',
    'dischargePermit',
    'certification',
    'openMeetings',
    'waterReport',
    'overflowReports',
  ],
};

/**
 * Step 2's words for a utility of this type, in the screen's language. The ready-made
 * statements are the screen's language too: a board working in Spanish adds Spanish sentences.
 */
export function scopeWordsIn(text: Text, systemType: SystemType): ScopeWords {
  const sewerOnly = systemType === 'wastewater';
  return {
    missionExample: text(`scope.words.${systemType}.mission`),
    limitExample: text(
      sewerOnly ? 'scope.words.wastewater.limit' : 'scope.asset.fireHydrants.limit',
    ),
    categoriesDescription: text(`scope.words.${systemType}.categories`),
    categories: categoriesFor[systemType].map((name) => ({
      name: text(`scope.category.${name}.name`),
      text: text(`scope.category.${name}.text`),
    })),
    equipment: text(`scope.words.${systemType}.equipment`),
    example: text(sewerOnly ? 'scope.words.liftStationExample' : 'scope.words.hydrantExample'),
  };
}
