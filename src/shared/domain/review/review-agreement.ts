import { goalNumbers } from '../goal-numbers';
import type { Finding, FindingSeverity } from '../review-finding';
import { areaRule } from './area-rule';
import { balanceRule } from './balance-rule';
import { baselineRule } from './baseline-rule';
import { capabilityRule } from './capability-rule';
import { contradictionRule } from './contradiction-rule';
import { countRule } from './count-rule';
import { customerInputRule } from './customer-input-rule';
import { floorRule } from './floor-rule';
import { measurableRule } from './measurable-rule';
import { measureChangedRule } from './measure-changed-rule';
import type { ReviewInput, ReviewRule } from './review-input';
import { standInRule } from './stand-in-rule';
import { stretchRule } from './stretch-rule';
import { unfinishedRule } from './unfinished-rule';

/** In this order, so that within a severity and a goal the findings read from basic to fine. */
const rules: ReviewRule[] = [
  countRule,
  balanceRule,
  areaRule,
  unfinishedRule,
  measurableRule,
  capabilityRule,
  floorRule,
  contradictionRule,
  measureChangedRule,
  baselineRule,
  standInRule,
  customerInputRule,
  stretchRule,
];

const severityRank: Record<FindingSeverity, number> = { blocker: 0, warning: 1, note: 2 };

/**
 * The review step's checklist: blockers, then warnings, then notes. Within each, findings about
 * the whole agreement come first, then goals by their number (as the agreement prints them).
 */
export function reviewAgreement(input: ReviewInput): Finding[] {
  const numbers = goalNumbers(input.goals);
  const goalRank = (finding: Finding) =>
    finding.goalId === null ? -1 : (numbers.get(finding.goalId) ?? -1);
  // Array.prototype.sort is stable, so ties keep the rule order above.
  return rules
    .flatMap((rule) => rule(input))
    .sort(
      (a, b) => severityRank[a.severity] - severityRank[b.severity] || goalRank(a) - goalRank(b),
    );
}
