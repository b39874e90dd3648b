import type { Finding } from '../review-finding';
import type { ReviewRule } from './review-input';

/** Warning: an agreement needs both how the system is run and what customers feel (AMKAN 4.2). */
export const balanceRule: ReviewRule = ({ goals }) => {
  if (goals.length === 0) return [];
  const findings: Finding[] = [];
  if (!goals.some((goal) => goal.kind === 'internal')) {
    findings.push({
      key: 'balance:internal',
      severity: 'warning',
      rule: 'balance',
      message:
        'There is no internal goal. Internal goals set how the system is run, such as maintenance on schedule, pipe breaks or energy use.',
      fix: 'Add at least one internal goal on the Internal goals step, with the operator.',
      goalId: null,
      area: null,
    });
  }
  if (!goals.some((goal) => goal.kind === 'external')) {
    findings.push({
      key: 'balance:external',
      severity: 'warning',
      rule: 'balance',
      message:
        'There is no external goal. External goals are the service customers feel, such as how fast a crew comes, how much notice customers get and how soon a complaint is answered.',
      fix: 'Add at least one external goal on the External goals step, based on what customers said.',
      goalId: null,
      area: null,
    });
  }
  return findings;
};
