import { said, type Said } from '../../i18n/said';
import type { AssetCapability, Scope } from '../scope';
import { liftStationPower } from '../sewer-system';
import { runsWater } from '../utility';
import { foreignService, powerSiteFor } from './goal-service';
import { neededAssets } from './needed-equipment';
import { perGoal, type GoalProblem } from './per-goal';
import type { ReviewRule } from './review-input';
import { serviceRule } from './service-rule';

/** The water system's equipment, named as step 2 asks about it. */
const needs = (asset: AssetCapability) => said('findings.asset.needs', { asset });

function missingAsset(label: Said, asset: AssetCapability): GoalProblem {
  if (asset === 'fireHydrants') {
    return {
      severity: 'blocker',
      message: said('findings.capability.hydrants', { label }),
      fix: said('findings.capability.hydrants.fix'),
    };
  }
  return {
    severity: 'blocker',
    message: said('findings.capability.missing', {
      label,
      needs: needs(asset),
      has: said('findings.asset.has', { asset }),
    }),
    fix: said('findings.capability.missing.fix', { needs: needs(asset) }),
  };
}

/** A promise that needs power at the lift stations, against step 2's count of them. */
function liftStationProblem(label: Said, sewer: Scope['sewer']): GoalProblem | null {
  const stations = sewer.liftStations ?? 0;
  const powered = sewer.liftStationsWithBackupPower ?? 0;
  switch (liftStationPower(sewer)) {
    case 'yes':
      return null;
    case 'no':
      return {
        severity: 'blocker',
        message: said('findings.liftStations.none', { label, stations }),
        fix: said('findings.liftStations.none.fix'),
      };
    case 'some':
      return {
        severity: 'warning',
        message: said('findings.liftStations.some', { label, powered, stations }),
        fix: said('findings.liftStations.some.fix', { without: stations - powered }),
      };
    case 'unknown':
      return {
        severity: 'warning',
        message: said('findings.liftStations.unknown', { label }),
        fix: said('findings.liftStations.unknown.fix'),
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
  return {
    severity: 'warning',
    message: said('findings.capability.unsure', { label, needs: needs(unsure), asset: unsure }),
    fix: said('findings.capability.unsure.fix', { needs: needs(unsure) }),
  };
});

/** The service first, then the equipment: both are limits of what the utility can promise. */
export const capabilityRule: ReviewRule = (input) => [
  ...serviceRule(input),
  ...equipmentRule(input),
];
