import type { AssetCapability } from '../scope';
import { foreignService, neededAssets, type Service } from './needed-equipment';
import { perGoal, type GoalProblem } from './per-goal';

const assetWords: Record<AssetCapability, { needs: string; has: string }> = {
  fireHydrants: { needs: 'fire hydrants', has: 'no fire hydrants' },
  backupSource: { needs: 'a backup water source', has: 'no backup water source' },
  storage: { needs: 'a storage tank', has: 'no storage tank' },
  backupPower: { needs: 'backup power', has: 'no backup power' },
};

const serviceWords: Record<Service, { about: string; runs: string }> = {
  sewer: { about: 'sewer service', runs: 'drinking water only (“Drinking water”)' },
  water: { about: 'drinking water', runs: 'sewer service only (“Wastewater (sewer)”)' },
};

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

/**
 * A promise must stay within what the existing system can physically do (DOMAIN.md section 1):
 * equipment chosen under "Depends on" or given away by the goal's words, and the service itself
 * (no sewer goal for a water-only system). Blocks on the first need the system lacks; warns
 * when step 2 is not sure.
 */
export const capabilityRule = perGoal('capability', ({ goal, label, input }) => {
  const service = foreignService(goal, input.utility.systemType);
  if (service !== null) {
    const words = serviceWords[service];
    return {
      severity: 'blocker',
      message: `${label} is about ${words.about}, but step 1 says the utility runs ${words.runs}. The agreement can only promise service the utility provides.`,
      fix: `Take this goal out of the agreement, or, if the utility runs both, answer “Both” to “What does the utility run?” on step 1.`,
    };
  }
  const assets = neededAssets(goal);
  const lacking = assets.find((asset) => input.scope.assets[asset] === 'no');
  if (lacking !== undefined) return missingAsset(label, lacking);
  const unsure = assets.find((asset) => input.scope.assets[asset] === 'unknown');
  if (unsure === undefined) return null;
  const words = assetWords[unsure];
  return {
    severity: 'warning',
    message: `${label} depends on ${words.needs}, and step 2 does not yet say whether the system has ${unsure === 'fireHydrants' ? 'them' : 'it'}.`,
    fix: `Confirm with the operator, then answer the question about ${words.needs} on step 2.`,
  };
});
