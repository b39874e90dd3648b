import type { GoalFields } from '../goal';
import type { AssetCapability } from '../scope';
import { perGoal } from './per-goal';

const assetWords: Record<AssetCapability, { needs: string; has: string }> = {
  fireHydrants: { needs: 'fire hydrants', has: 'no fire hydrants' },
  backupSource: { needs: 'a backup water source', has: 'no backup water source' },
  storage: { needs: 'a storage tank', has: 'no storage tank' },
  backupPower: { needs: 'backup power', has: 'no backup power' },
};

const fireWording = /hydrant|fire[\s-]*flow/i;

/**
 * The equipment a goal depends on. A goal written by hand has no needsAsset, so obvious
 * fire-flow wording counts too: a board cannot dodge the hydrant check by typing the goal.
 */
export function neededAsset(
  goal: Pick<GoalFields, 'needsAsset' | 'statement' | 'measure'>,
): AssetCapability | null {
  if (goal.needsAsset !== null) return goal.needsAsset;
  return fireWording.test(goal.statement) || fireWording.test(goal.measure) ? 'fireHydrants' : null;
}

/** A promise must stay within what the existing system can physically do (DOMAIN.md section 1). */
export const capabilityRule = perGoal('capability', ({ goal, label, input }) => {
  const asset = neededAsset(goal);
  if (asset === null) return null;
  const answer = input.scope.assets[asset];
  const words = assetWords[asset];
  if (answer === 'yes') return null;
  if (answer === 'unknown') {
    return {
      severity: 'warning',
      message: `${label} depends on ${words.needs}, and step 2 does not yet say whether the system has ${asset === 'fireHydrants' ? 'them' : 'it'}.`,
      fix: `Confirm with the operator, then answer the question about ${words.needs} on step 2.`,
    };
  }
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
});
