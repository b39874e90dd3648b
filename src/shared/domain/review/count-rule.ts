import type { Finding } from '../review-finding';
import { plural } from '../numbers/plural';
import type { ReviewRule } from './review-input';

/** Past this many goals, tracking costs can outweigh the benefit (IAMF; DOMAIN.md section 5). */
export const maxGoals = 15;
const guidance = 'A good start is 10–12 simple goals from 3–4 areas; add more at a yearly review.';

/** No goals blocks; too many warns; an unusual size or spread gets the IAMF guidance as a note. */
export const countRule: ReviewRule = ({ goals }) => {
  if (goals.length === 0) {
    return [
      {
        key: 'count:none',
        severity: 'blocker',
        rule: 'count',
        message: 'There are no goals yet.',
        fix: 'Add internal goals on the Internal goals step and external goals on the External goals step; the templates are a quick start. Aim for 10–12 goals from 3–4 areas.',
        goalId: null,
        area: null,
      },
    ];
  }
  const findings: Finding[] = [];
  // A goal with no area yet is in none (the unfinished rule asks for one).
  const areasUsed = new Set(goals.flatMap((goal) => (goal.area === null ? [] : [goal.area]))).size;
  if (goals.length > maxGoals) {
    findings.push({
      key: 'count:too-many',
      severity: 'warning',
      rule: 'count',
      message: `The agreement has ${goals.length} goals. Tracking costs can outweigh the benefit; start with 10–12 from 3–4 areas.`,
      fix: 'Keep the goals that matter most to the board and customers, and drop or merge the rest. More can be added at a yearly review.',
      goalId: null,
      area: null,
    });
  }
  if (goals.length < 10 || areasUsed > 4) {
    findings.push({
      key: 'count:guidance',
      severity: 'note',
      rule: 'count',
      message: `The agreement has ${plural(goals.length, 'goal')} from ${plural(areasUsed, 'area')}. ${guidance}`,
      fix:
        goals.length < 10
          ? 'Consider a few more goals in the areas you chose, or keep the list short on purpose.'
          : 'Consider focusing on the 3–4 areas that matter most for now.',
      goalId: null,
      area: null,
    });
  }
  return findings;
};
