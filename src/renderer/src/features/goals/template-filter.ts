import type { GoalArea } from '@shared/domain/goal-areas';
import type { GoalKind } from '@shared/domain/goal';
import type { GoalTemplate } from '@shared/domain/goal-template';
import { powerSiteFor } from '@shared/domain/review/goal-service';
import type { AssetCapability, Scope } from '@shared/domain/scope';
import { liftStationPower, sewerLabels } from '@shared/domain/sewer-system';
import { runsWater, type SystemType } from '@shared/domain/utility';
import { stepName } from '../../form-kit/step-titles';

export interface TemplateFilter {
  /** Empty means every area. */
  areas: GoalArea[];
  kind: GoalKind | 'all';
}

/** What the utility said it runs and has: step 1's system type, step 2's equipment answers. */
export interface SystemFacts {
  systemType: SystemType | null;
  assets: Scope['assets'];
  /** The sewer system's answers: a lift-station goal reads how many have backup power. */
  sewer: Scope['sewer'];
}

/**
 * Whether a template can be added. `reason` says why not, naming the step that says so and how
 * to change it; `hint` is a caution on a goal that can be added but may not fit.
 */
export type TemplateAvailability =
  { addable: true; hint: string | null } | { addable: false; reason: string };

/** The equipment as a goal needs it: "Needs fire hydrants". */
const assetWords: Record<AssetCapability, { needs: string; them: string }> = {
  fireHydrants: { needs: 'fire hydrants', them: 'them' },
  backupSource: { needs: 'a backup water source', them: 'one' },
  storage: { needs: 'a storage tank', them: 'one' },
  backupPower: { needs: 'backup power for the wells and pumps', them: 'it' },
};

const serviceWords = {
  water: { for: 'drinking-water systems', runs: 'sewer service only' },
  wastewater: { for: 'sewer systems', runs: 'drinking water only' },
} as const;

/** The templates that fit the chosen areas and kind, in the library's order. */
export function filterTemplates(templates: GoalTemplate[], filter: TemplateFilter): GoalTemplate[] {
  return templates.filter(
    (template) =>
      (filter.areas.length === 0 || filter.areas.includes(template.area)) &&
      (filter.kind === 'all' || template.kind === filter.kind),
  );
}

/**
 * Whether the system can keep a template's promise: a sewer goal in a water-only system, or a
 * goal that needs equipment step 2 says the system lacks, cannot be added, and says why. An
 * answer not given yet ("not sure", or no system type) leaves the goal addable, with a hint;
 * the review asks again before the vote.
 */
export function templateAvailability(
  template: GoalTemplate,
  facts: SystemFacts,
): TemplateAvailability {
  const { systemType } = facts;
  if (template.systems !== 'both') {
    const service = serviceWords[template.systems];
    if (systemType === null) {
      return {
        addable: true,
        hint: `For ${service.for}: ${stepName('utility')}, does not yet say what the utility runs.`,
      };
    }
    if (systemType !== 'both' && systemType !== template.systems) {
      return {
        addable: false,
        reason: `For ${service.for}: ${stepName('utility')}, says the utility runs ${service.runs}. If it runs both, change the system type there.`,
      };
    }
  }
  const asset = template.needsAsset;
  if (asset === null) return { addable: true, hint: null };
  if (asset === 'backupPower' && powerSiteFor(template, systemType) === 'lift-stations') {
    return liftStationAvailability(facts.sewer);
  }
  const words = assetWords[asset];
  if (!runsWater(systemType)) {
    return {
      addable: false,
      reason: `Needs ${words.needs}: ${stepName('utility')}, says the utility runs sewer service only. If it runs both, change the system type there.`,
    };
  }
  switch (facts.assets[asset]) {
    case 'yes':
      return { addable: true, hint: null };
    case 'unknown':
      return {
        addable: true,
        hint: `Needs ${words.needs}: ${stepName('scope')}, does not yet say whether the system has ${words.them}. The review will ask before the vote.`,
      };
    case 'no':
      return {
        addable: false,
        reason: `Needs ${words.needs}: ${stepName('scope')}, says the system has none. If it does, change the answer there.`,
      };
  }
}

/** A goal that needs backup power at the lift stations, against step 2's count of them. */
function liftStationAvailability(sewer: Scope['sewer']): TemplateAvailability {
  const step = stepName('scope');
  switch (liftStationPower(sewer)) {
    case 'yes':
      return { addable: true, hint: null };
    case 'no':
      return {
        addable: false,
        reason: `Needs backup power at the lift stations: ${step}, says none has it. If one does, change “${sewerLabels.liftStationsWithBackupPower}” there.`,
      };
    case 'some':
      return {
        addable: true,
        hint: `Only ${sewer.liftStationsWithBackupPower ?? 0} of ${sewer.liftStations ?? 0} lift stations have backup power (${step}): the promise holds only where there is. The review will ask before the vote.`,
      };
    case 'unknown':
      return {
        addable: true,
        hint: `Needs backup power at the lift stations: ${step}, does not yet say how many have it. The review will ask before the vote.`,
      };
  }
}
