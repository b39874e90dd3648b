import { said } from '../../i18n/said';
import type { Finding } from '../review-finding';
import type { ReviewRule } from './review-input';

/** Past this many goals, tracking costs can outweigh the benefit (IAMF; DOMAIN.md section 5). */
export const maxGoals = 15;

/** No goals blocks; too many warns; an unusual size or spread gets the IAMF guidance as a note. */
export const countRule: ReviewRule = ({ goals }) => {
  if (goals.length === 0) {
    return [
      {
        key: 'count:none',
        severity: 'blocker',
        rule: 'count',
        message: said('findings.count.none'),
        fix: said('findings.count.none.fix'),
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
      message: said('findings.count.tooMany', { count: goals.length }),
      fix: said('findings.count.tooMany.fix'),
      goalId: null,
      area: null,
    });
  }
  if (goals.length < 10 || areasUsed > 4) {
    findings.push({
      key: 'count:guidance',
      severity: 'note',
      rule: 'count',
      message: said('findings.count.guidance', { goals: goals.length, areas: areasUsed }),
      fix: said(
        goals.length < 10 ? 'findings.count.guidance.few' : 'findings.count.guidance.spread',
      ),
      goalId: null,
      area: null,
    });
  }
  return findings;
};
