import type { GoalFields } from '../goal';
import type { AssetCapability } from '../scope';

// Plain words that give a need away. A goal typed by hand has no needsAsset, and a board must
// not dodge the equipment check by writing the goal instead of taking it from the library.
export const needWords: Record<AssetCapability, RegExp> = {
  fireHydrants: /hydrant|fire[\s-]*flow/i,
  backupSource:
    /back[\s-]?up\s+(?:water\s+)?(?:source|supply|well)|second\s+(?:well|source)|(?:emergency|alternate|standby)\s+(?:water\s+)?(?:source|supply|well)|interconnect/i,
  storage: /storage|\bwater\s+tank|elevated\s+tank|standpipe/i,
  backupPower: /generator|(?:back[\s-]?up|standby|emergency)\s+power/i,
};

const assetNeeds: readonly AssetCapability[] = [
  'fireHydrants',
  'backupSource',
  'storage',
  'backupPower',
];

export type GoalWords = Pick<GoalFields, 'statement' | 'measure' | 'unit'>;
type NeedFields = GoalWords & Pick<GoalFields, 'needsAsset'>;

/** What a goal says in words, the text every word check reads. */
export function wordsOf(goal: GoalWords): string {
  return [goal.statement, goal.measure, goal.unit].join('\n');
}

/**
 * The equipment a goal depends on: the one chosen under "Depends on", then any its words give
 * away ("fire flow at every hydrant", "a generator at the well"), in step 2's order.
 */
export function neededAssets(goal: NeedFields): AssetCapability[] {
  const text = wordsOf(goal);
  const worded = assetNeeds.filter((asset) => needWords[asset].test(text));
  return goal.needsAsset === null
    ? worded
    : [goal.needsAsset, ...worded.filter((asset) => asset !== goal.needsAsset)];
}
