import { said } from '../../i18n/said';
import { foreignService } from './goal-service';
import { perGoal } from './per-goal';

/**
 * An agreement can only promise service the utility provides (issue 12): no drinking-water
 * pressure in a sewer district, no sewer backups in a water-only system. A rule of its own, so
 * the goal's card names the problem rather than calling it missing equipment.
 */
export const serviceRule = perGoal('service', ({ goal, label, input }) => {
  const service = foreignService(goal, input.utility.systemType, input.templates);
  if (service === null) return null;
  return {
    severity: 'blocker',
    message: said('findings.service', { label, service }),
    fix: said('findings.service.fix'),
  };
});
