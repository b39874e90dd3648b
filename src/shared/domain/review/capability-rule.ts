import { plural } from '../numbers/plural';
import type { AssetCapability, Scope } from '../scope';
import { liftStationPower, sewerLabels } from '../sewer-system';
import { runsWater } from '../utility';
import { foreignService, powerSiteFor } from './goal-service';
import { neededAssets } from './needed-equipment';
import { perGoal, type GoalProblem } from './per-goal';
import type { ReviewRule } from './review-input';
import { serviceRule } from './service-rule';

/** The water system's equipment, named as step 2 asks about it. */
const assetWords: Record<AssetCapability, { needs: string; has: string; them: string }> = {
  fireHydrants: { needs: 'fire hydrants', has: 'no fire hydrants', them: 'them' },
  backupSource: { needs: 'a backup water source', has: 'no backup water source', them: 'it' },
  storage: { needs: 'a storage tank', has: 'no storage tank', them: 'it' },
  backupPower: {
    needs: 'backup power for the wells and pumps',
    has: 'no backup power for the wells and pumps',
    them: 'it',
  },
};

const liftStationNeed = 'backup power at the lift stations';
const liftStationField = `“${sewerLabels.liftStationsWithBackupPower}”`;

function missingAsset(label: string, asset: AssetCapability): GoalProblem {
  const words = assetWords[asset];
  if (asset === 'fireHydrants') {
    return {
      severity: 'blocker',
      message: `${label} promises fire protection, but step 2 says the system has no fire hydrants. That is beyond what the system can deliver: fire flow needs hydrants and mains large enough to carry it.`,
      fix: 'Take this goal out of the agreement and put hydrants and larger mains in the capital improvement plan; fire flow joins the agreement once they are built. If the system does have hydrants, correct step 2.',
    };
  }
  return {
    severity: 'blocker',
    message: `${label} depends on ${words.needs}, but step 2 says the system has ${words.has}. The promise is beyond what the system can deliver today.`,
    fix: `Reword the goal to what the system can do now, or put ${words.needs} in the capital improvement plan and add the goal once it exists. If step 2 is wrong, correct it there.`,
  };
}

/** A promise that needs power at the lift stations, against step 2's count of them. */
function liftStationProblem(label: string, sewer: Scope['sewer']): GoalProblem | null {
  const stations = sewer.liftStations ?? 0;
  const powered = sewer.liftStationsWithBackupPower ?? 0;
  switch (liftStationPower(sewer)) {
    case 'yes':
      return null;
    case 'no':
      return {
        severity: 'blocker',
        message: `${label} depends on ${liftStationNeed}, but step 2 says ${stations === 1 ? 'the lift station has' : `none of the ${stations} lift stations has`} backup power. The promise is beyond what the system can deliver today.`,
        fix: `Reword the goal to what the system can do now, or put generators at the lift stations in the capital improvement plan and add the goal once they are in. If step 2 is wrong, correct ${liftStationField} there.`,
      };
    case 'some':
      return {
        severity: 'warning',
        message: `${label} depends on ${liftStationNeed}, but step 2 says only ${powered} of ${stations} lift stations ${powered === 1 ? 'has' : 'have'} backup power. Where there is none, the promise cannot be kept in a power cut.`,
        fix: `Limit the goal to the lift stations with backup power, or put generators for the other ${plural(stations - powered, 'lift station')} in the capital improvement plan. If step 2 is wrong, correct ${liftStationField} there.`,
      };
    case 'unknown':
      return {
        severity: 'warning',
        message: `${label} depends on ${liftStationNeed}, and step 2 does not yet say how many lift stations have it.`,
        fix: `Confirm with the operator, then answer “${sewerLabels.liftStations}” and ${liftStationField} on step 2.`,
      };
  }
}

/**
 * A promise must stay within what the existing system can physically do (DOMAIN.md section 1):
 * equipment chosen under "Depends on" or given away by the goal's words. Blocks on the first
 * need the system lacks; warns when step 2 is not sure, or when only some lift stations have
 * backup power. A goal about a service the utility does not run is the service rule's alone.
 */
const equipmentRule = perGoal('capability', ({ goal, label, input }) => {
  const { systemType } = input.utility;
  if (foreignService(goal, systemType, input.templates) !== null) return null;
  // A sewer district has no wells, hydrants or tanks to ask about: only its lift stations' power.
  const assets = neededAssets(goal).filter(
    (asset) => runsWater(systemType) || asset === 'backupPower',
  );
  const atLiftStations = powerSiteFor(goal, systemType) === 'lift-stations';
  const waterAnswer = (asset: AssetCapability) =>
    asset === 'backupPower' && atLiftStations ? 'yes' : input.scope.assets[asset];
  const lacking = assets.find((asset) => waterAnswer(asset) === 'no');
  if (lacking !== undefined) return missingAsset(label, lacking);
  if (atLiftStations && assets.includes('backupPower')) {
    const problem = liftStationProblem(label, input.scope.sewer);
    if (problem !== null) return problem;
  }
  const unsure = assets.find((asset) => waterAnswer(asset) === 'unknown');
  if (unsure === undefined) return null;
  const words = assetWords[unsure];
  return {
    severity: 'warning',
    message: `${label} depends on ${words.needs}, and step 2 does not yet say whether the system has ${words.them}.`,
    fix: `Confirm with the operator, then answer the question about ${words.needs} on step 2.`,
  };
});

/** The service first, then the equipment: both are limits of what the utility can promise. */
export const capabilityRule: ReviewRule = (input) => [
  ...serviceRule(input),
  ...equipmentRule(input),
];
