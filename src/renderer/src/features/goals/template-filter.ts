import type { GoalArea } from '@shared/domain/goal-areas';
import type { GoalKind } from '@shared/domain/goal';
import type { GoalTemplate } from '@shared/domain/goal-template';
import { powerSiteFor } from '@shared/domain/review/goal-service';
import type { Scope } from '@shared/domain/scope';
import { liftStationPower } from '@shared/domain/sewer-system';
import { runsWater, type SystemType } from '@shared/domain/utility';
import { stepNameIn } from '../../form-kit/step-titles';
import type { Text } from '../../i18n/use-text';

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
  text: Text,
): TemplateAvailability {
  const { systemType } = facts;
  if (template.systems !== 'both') {
    const systems = template.systems;
    const step = stepNameIn(text, 'utility');
    if (systemType === null) {
      return {
        addable: true,
        hint: text('goals.availability.systemUnknown', { systems, step }),
      };
    }
    if (systemType !== 'both' && systemType !== systems) {
      return {
        addable: false,
        reason: text('goals.availability.otherSystem', { systems, step }),
      };
    }
  }
  const asset = template.needsAsset;
  if (asset === null) return { addable: true, hint: null };
  if (asset === 'backupPower' && powerSiteFor(template, systemType) === 'lift-stations') {
    return liftStationAvailability(facts.sewer, text);
  }
  if (!runsWater(systemType)) {
    return {
      addable: false,
      reason: text('goals.availability.sewerOnly', { asset, step: stepNameIn(text, 'utility') }),
    };
  }
  const step = stepNameIn(text, 'scope');
  switch (facts.assets[asset]) {
    case 'yes':
      return { addable: true, hint: null };
    case 'unknown':
      return { addable: true, hint: text('goals.availability.assetUnknown', { asset, step }) };
    case 'no':
      return { addable: false, reason: text('goals.availability.assetNone', { asset, step }) };
  }
}

/** A goal that needs backup power at the lift stations, against step 2's count of them. */
function liftStationAvailability(sewer: Scope['sewer'], text: Text): TemplateAvailability {
  const step = stepNameIn(text, 'scope');
  switch (liftStationPower(sewer)) {
    case 'yes':
      return { addable: true, hint: null };
    case 'no':
      return { addable: false, reason: text('goals.availability.liftNone', { step }) };
    case 'some':
      return {
        addable: true,
        hint: text('goals.availability.liftSome', {
          powered: sewer.liftStationsWithBackupPower ?? 0,
          stations: sewer.liftStations ?? 0,
          step,
        }),
      };
    case 'unknown':
      return { addable: true, hint: text('goals.availability.liftUnknown', { step }) };
  }
}
