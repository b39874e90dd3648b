import { boardOfficeTitles } from '../domain/utility';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AgreementContent } from '../domain/agreement-version';
import { goalAreaTitles, goalAreas } from '../domain/goal-areas';
import { plural } from '../domain/numbers/plural';
import { goalSettingWords } from './agreement-words';
import { paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { palette } from './pdf-styles';
import { userText, userTextOrDash } from './user-text';

// A list this long stays well under a page even when names wrap.
const shortListLength = 12;

function goalCount(count: number, kind = ''): string {
  return plural(count, kind === '' ? 'goal' : `${kind} goal`);
}

function teamRows(content: AgreementContent): TableCell[][] {
  const { board, operators, helpers } = content.utility;
  const rows: TableCell[][] = [];
  for (const member of board.filter((person) => person.onPlanningTeam)) {
    rows.push([
      userTextOrDash(member.name),
      { text: `Board ${boardOfficeTitles[member.office].toLowerCase()}` },
    ]);
  }
  for (const operator of operators.filter((person) => person.onPlanningTeam)) {
    const role: Content =
      operator.certification === ''
        ? { text: 'Operator' }
        : { text: [{ text: 'Operator, ' }, userText(operator.certification)] };
    rows.push([userTextOrDash(operator.name), role]);
  }
  for (const helper of helpers) {
    rows.push([userTextOrDash(helper.name), userTextOrDash(helper.role)]);
  }
  return rows;
}

function teamTable(rows: TableCell[][]): Content {
  return {
    table: { widths: [190, '*'], body: rows },
    layout: {
      hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
        index === 0 || index === node.table.body.length ? 0 : 0.5,
      vLineWidth: () => 0,
      hLineColor: () => palette.rule,
      paddingLeft: () => 0,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    style: 'tableCell',
    fontSize: 10,
    margin: [0, 0, 0, 8],
  };
}

function areaReasons(content: AgreementContent): Content[] {
  const withoutGoals = goalAreas.filter(
    (area) =>
      content.scope.areas.includes(area) && !content.goals.some((goal) => goal.area === area),
  );
  return withoutGoals.map((area) => {
    const reason = content.reviewSettings.areaReasons[area] ?? '';
    const title = goalAreaTitles[area];
    if (reason === '') return paragraph(`${title}: chosen, but no goal has been set yet.`);
    return {
      text: [{ text: `${title}: no goal yet. `, bold: true }, userText(reason)],
      style: 'body',
    };
  });
}

/** Who set the goals and how (AMKAN: staff for internal goals, customers for external ones). */
export function goalSettingSection(number: number, content: AgreementContent): Content[] {
  const internal = content.goals.filter((goal) => goal.kind === 'internal').length;
  const external = content.goals.length - internal;
  const rows = teamRows(content);
  const chosen = goalAreas.filter((area) => content.scope.areas.includes(area));
  const parts: Content[] = [
    withHeading(
      sectionTitle(number, 'How the goals were set'),
      paragraph(goalSettingWords[content.utility.goalSetting]),
    ),
    paragraph(
      `The agreement holds ${goalCount(content.goals.length)}: ${goalCount(internal, 'internal')}, which set how the system is run and maintained, and ${goalCount(external, 'external')}, which customers feel directly. External goals rest on what customers told the utility.`,
    ),
  ];
  if (chosen.length > 0) {
    parts.push(
      paragraph(
        `The board chose to set goals in these areas: ${chosen.map((area) => goalAreaTitles[area]).join('; ')}.`,
      ),
    );
  }
  parts.push(...areaReasons(content));
  parts.push(
    withHeading(
      subheading('The planning team'),
      rows.length === 0 ? paragraph('No planning team was recorded.') : teamTable(rows),
      rows.length <= shortListLength,
    ),
  );
  return parts;
}
