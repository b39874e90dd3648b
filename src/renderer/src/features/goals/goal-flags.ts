import type { Finding, FindingSeverity } from '../../../../shared/domain/review-finding';

export interface GoalFlag {
  key: string;
  label: string;
  severity: FindingSeverity;
}

/** Short names for the review rules, for a badge on the goal's card. */
const ruleLabels: Record<string, string> = {
  measurable: 'Not measurable yet',
  baseline: 'No baseline yet',
  capability: 'Beyond the equipment',
  floor: 'Misses the legal minimum',
  stretch: 'Stretch',
  'customer-input': 'No customer input yet',
  area: 'Outside the chosen areas',
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
    .map((finding) => ({
      key: finding.key,
      label: ruleLabels[finding.rule] ?? severityLabels[finding.severity],
      severity: finding.severity,
    }));
}

/** Badge colours with dark enough text on their light backgrounds. */
export const severityColors: Record<FindingSeverity, string> = {
  blocker: 'red',
  warning: 'yellow',
  note: 'blue',
};
