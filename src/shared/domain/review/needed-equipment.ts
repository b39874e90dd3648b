import type { GoalFields } from '../goal';
import type { AssetCapability } from '../scope';
import type { SystemType } from '../utility';
import { spokenServices } from './goal-service';

// Plain words that give a need away. A goal typed by hand has no needsAsset, and a board must
// not dodge the equipment check by writing the goal instead of taking it from the library.
const needWords: Record<AssetCapability, RegExp> = {
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

/** Where backup power must be for a goal: at the sewer lift stations, or the wells and pumps. */
export type PowerSite = 'lift-stations' | 'wells-and-pumps';

/**
 * Which of step 2's backup-power answers a goal rests on. A sewer district has only lift
 * stations and a water system only wells and pumps. A utility that runs both (or has not said)
 * could mean either, so the goal's words decide: sewer words ("a generator at every lift
 * station") mean the lift stations, anything else the water system's own question, as before.
 */
export function powerSiteFor(
  goal: Pick<GoalFields, 'statement' | 'measure' | 'unit'>,
  systemType: SystemType | null,
): PowerSite {
  if (systemType === 'wastewater') return 'lift-stations';
  if (systemType === 'water') return 'wells-and-pumps';
  return spokenServices(goal).has('sewer') ? 'lift-stations' : 'wells-and-pumps';
}
