import { foreignService, type Service } from './goal-service';
import { perGoal } from './per-goal';

const serviceWords: Record<Service, { about: string; runs: string }> = {
  sewer: { about: 'sewer service', runs: 'drinking water only (“Drinking water”)' },
  water: { about: 'drinking water', runs: 'sewer service only (“Wastewater (sewer)”)' },
};

/**
 * An agreement can only promise service the utility provides (issue 12): no drinking-water
 * pressure in a sewer district, no sewer backups in a water-only system. A rule of its own, so
 * the goal's card names the problem rather than calling it missing equipment.
 */
export const serviceRule = perGoal('service', ({ goal, label, input }) => {
  const service = foreignService(goal, input.utility.systemType, input.templates);
  if (service === null) return null;
  const words = serviceWords[service];
  return {
    severity: 'blocker',
    message: `${label} is about ${words.about}, but step 1 says the utility runs ${words.runs}. The agreement can only promise service the utility provides.`,
    fix: `Take this goal out of the agreement, or, if the utility runs both, answer “Both” to “What does the utility run?” on step 1.`,
  };
});
