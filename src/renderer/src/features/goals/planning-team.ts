import type { UtilityProfile } from '@shared/domain/utility';
import type { Text } from '../../i18n/use-text';

export interface TeamMember {
  id: string;
  label: string;
}

/** Who can set goals: board members and operators marked "Helps set goals", and every helper. */
export function planningTeam(text: Text, utility: UtilityProfile): TeamMember[] {
  const named = (name: string, fallback: string) => (name.trim() === '' ? fallback : name);
  return [
    ...utility.board
      .filter((member) => member.onPlanningTeam)
      .map((member) => ({
        id: member.id,
        label: text('goalEditor.team.board', {
          name: named(member.name, text('goalEditor.team.noBoardName')),
          office: text(`goalEditor.office.${member.office}`),
        }),
      })),
    ...utility.operators
      .filter((operator) => operator.onPlanningTeam)
      .map((operator) => ({
        id: operator.id,
        label: text('goalEditor.team.operator', {
          name: named(operator.name, text('goalEditor.team.noOperatorName')),
        }),
      })),
    // A helper's role is typed by the board, so it follows the name as written.
    ...utility.helpers.map((helper) => ({
      id: helper.id,
      label: `${named(helper.name, text('goalEditor.team.noHelperName'))}${helper.role.trim() === '' ? '' : `, ${helper.role}`}`,
    })),
  ];
}
