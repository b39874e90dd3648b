import type { GoalFields } from '../goal';
import type { AssetCapability } from '../scope';
import type { SystemType } from '../utility';

/** The service a goal is about, when its words say: sewers, or drinking water. */
export type Service = 'sewer' | 'water';

// Plain words that give a need away. A goal typed by hand has no needsAsset, and a board must
// not dodge the equipment check by writing the goal instead of taking it from the library.
const needWords: Record<AssetCapability | Service, RegExp> = {
  fireHydrants: /hydrant|fire[\s-]*flow/i,
  backupSource:
    /back[\s-]?up\s+(?:water\s+)?(?:source|supply|well)|second\s+(?:well|source)|(?:emergency|alternate|standby)\s+(?:water\s+)?(?:source|supply|well)|interconnect/i,
  storage: /storage|\bwater\s+tank|elevated\s+tank|standpipe/i,
  backupPower: /generator|(?:back[\s-]?up|standby|emergency)\s+power/i,
  sewer: /sewer|sewage|wastewater|septic|lift\s+station|manhole|effluent|lagoon/i,
  water:
    /drinking\s+water|potable|boil[\s-]+(?:water|notice|order|advisory)|\bwater\s+(?:pressure|mains?\b|loss|lost)/i,
};

const assetNeeds: readonly AssetCapability[] = [
  'fireHydrants',
  'backupSource',
  'storage',
  'backupPower',
];

type NeedFields = Pick<GoalFields, 'needsAsset' | 'statement' | 'measure' | 'unit'>;

/**
 * The equipment a goal depends on: the one chosen under "Depends on", then any its words give
 * away ("fire flow at every hydrant", "a generator at the well"), in step 2's order.
 */
export function neededAssets(goal: NeedFields): AssetCapability[] {
  const text = [goal.statement, goal.measure, goal.unit].join('\n');
  const worded = assetNeeds.filter((asset) => needWords[asset].test(text));
  return goal.needsAsset === null
    ? worded
    : [goal.needsAsset, ...worded.filter((asset) => asset !== goal.needsAsset)];
}

/**
 * The service a goal is about when the utility does not provide it: sewer words in a
 * water-only system, drinking-water words in a wastewater-only one. Null when it fits, when the
 * goal says nothing either way, and while step 1 does not say which system it is.
 */
export function foreignService(goal: NeedFields, systemType: SystemType | null): Service | null {
  const text = [goal.statement, goal.measure, goal.unit].join('\n');
  if (systemType === 'water' && needWords.sewer.test(text)) return 'sewer';
  if (systemType === 'wastewater' && needWords.water.test(text)) return 'water';
  return null;
}
