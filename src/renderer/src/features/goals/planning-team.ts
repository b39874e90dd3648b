import { boardOfficeTitles } from '@shared/domain/utility';
import type { UtilityProfile } from '@shared/domain/utility';

export interface TeamMember {
  id: string;
  label: string;
}

/** Who can set goals: board members and operators marked "Helps set goals", and every helper. */
export function planningTeam(utility: UtilityProfile): TeamMember[] {
  const named = (name: string, fallback: string) => (name.trim() === '' ? fallback : name);
  return [
    ...utility.board
      .filter((member) => member.onPlanningTeam)
      .map((member) => ({
        id: member.id,
        label: `${named(member.name, 'Board member (no name yet)')}, ${boardOfficeTitles[member.office].toLowerCase()}`,
      })),
    ...utility.operators
      .filter((operator) => operator.onPlanningTeam)
      .map((operator) => ({
        id: operator.id,
        label: `${named(operator.name, 'Operator (no name yet)')}, operator`,
      })),
    ...utility.helpers.map((helper) => ({
      id: helper.id,
      label: `${named(helper.name, 'Helper (no name yet)')}${helper.role.trim() === '' ? '' : `, ${helper.role}`}`,
    })),
  ];
}
