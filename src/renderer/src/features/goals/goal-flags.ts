import type { Finding, FindingSeverity } from '@shared/domain/review-finding';
import { isGoalRuleId, type GoalRuleId } from '@shared/domain/review/rule-ids';

export interface GoalFlag {
  key: string;
  label: string;
  /** What the step's checklist says is left to do: "choose its area (Goal area field)". */
  todo: string;
  severity: FindingSeverity;
}

/** Short names for the review rules, for a badge on the goal's card; every goal rule has one. */
const ruleLabels: Record<GoalRuleId, string> = {
  'no-area': 'Unfinished: choose its area',
  'no-direction': 'Unfinished: choose how the target works',
  measurable: 'Not measurable yet',
  baseline: 'No baseline yet',
  'stand-in': 'Check who stands in',
  service: 'Not a service this utility runs (see step 1)',
  capability: 'Beyond what the system has',
  floor: 'Misses the legal minimum',
  contradiction: 'Words and target disagree',
  'measure-changed': 'Measure changed: check how it is measured',
  stretch: 'Looks like a stretch',
  'stretch-cost': 'Stretch: no cost note yet',
  'customer-input': 'No customer input yet',
  area: 'Outside the chosen areas',
};

/** Where the badge alone would not say what to change: the field, as the step's checklist names it. */
const ruleTodos: Partial<Record<GoalRuleId, string>> = {
  'no-area': 'choose its area (Goal area field)',
  'no-direction': 'choose how its target works (How the target works field)',
  service:
    'not a service this utility runs: take it out, or answer “Both” to “What does the utility run?” on step 1',
};

const severityLabels: Record<FindingSeverity, string> = {
  blocker: 'Must fix',
  warning: 'Worth a look',
  note: 'Note',
};

/** The findings about one goal, as badges; the full message sits in the goal's editor. */
export function goalFlags(findings: Finding[], goalId: string): GoalFlag[] {
  return findings
    .filter((finding) => finding.goalId === goalId)
    .map((finding) => {
      // Only goal rules link a goal; the check keeps the types honest.
      const { rule } = finding;
      const label = isGoalRuleId(rule) ? ruleLabels[rule] : severityLabels[finding.severity];
      const todo = isGoalRuleId(rule) ? ruleTodos[rule] : undefined;
      return {
        key: finding.key,
        label,
        todo: todo ?? label.toLowerCase(),
        severity: finding.severity,
      };
    });
}

/** Badge colours with dark enough text on their light backgrounds. */
export const severityColors: Record<FindingSeverity, string> = {
  blocker: 'red',
  warning: 'yellow',
  note: 'blue',
};
