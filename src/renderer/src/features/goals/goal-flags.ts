import type { Finding, FindingSeverity } from '@shared/domain/review-finding';
import { isGoalRuleId, type GoalRuleId } from '@shared/domain/review/rule-ids';
import type { Text } from '../../i18n/use-text';

export interface GoalFlag {
  key: string;
  label: string;
  /** What the step's checklist says is left to do: "choose its area (Goal area field)". */
  todo: string;
  severity: FindingSeverity;
}

/**
 * The rules whose badge alone would not say what to change: their checklist line names the
 * field (`goals.todo.*`). Every goal rule has a badge (`goals.flag.*`): the key's type says so.
 */
const rulesNamingAField = ['no-area', 'no-direction', 'service'] as const;
type RuleNamingAField = (typeof rulesNamingAField)[number];

function namesAField(rule: GoalRuleId): rule is RuleNamingAField {
  return (rulesNamingAField as readonly GoalRuleId[]).includes(rule);
}

/** The findings about one goal, as badges; the full message sits in the goal's editor. */
export function goalFlags(text: Text, findings: Finding[], goalId: string): GoalFlag[] {
  return findings
    .filter((finding) => finding.goalId === goalId)
    .map((finding) => {
      // Only goal rules link a goal; the check keeps the types honest.
      const { rule } = finding;
      const label = isGoalRuleId(rule)
        ? text(`goals.flag.${rule}`)
        : text(`goals.severity.${finding.severity}`);
      const todo = isGoalRuleId(rule) && namesAField(rule) ? text(`goals.todo.${rule}`) : null;
      return {
        key: finding.key,
        label,
        todo: todo ?? label.toLocaleLowerCase(),
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
