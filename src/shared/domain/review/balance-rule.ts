import { said } from '../../i18n/said';
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
      message: said('findings.balance.internal'),
      fix: said('findings.balance.internal.fix'),
      goalId: null,
      area: null,
    });
  }
  if (!goals.some((goal) => goal.kind === 'external')) {
    findings.push({
      key: 'balance:external',
      severity: 'warning',
      rule: 'balance',
      message: said('findings.balance.external'),
      fix: said('findings.balance.external.fix'),
      goalId: null,
      area: null,
    });
  }
  return findings;
};
