import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AgreementContent } from '../domain/agreement-version';
import { goalAreas } from '../domain/goal-areas';
import { countOf } from '../domain/numbers/plural';
import type { Language } from '../domain/printed-date';
import { agreementTerms } from './agreement-words';
import { areaTitleIn } from './area-words';
import { goalSettingWordsIn, type GoalSettingWords } from './goal-setting-words';
import { paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { palette } from './pdf-styles';
import { userText, userTextOrDash } from './user-text';

// A list this long stays well under a page even when names wrap.
const shortListLength = 12;

function teamRows(content: AgreementContent, language: Language): TableCell[][] {
  const words = goalSettingWordsIn[language];
  const offices = agreementTerms[language].office;
  const { board, operators, helpers } = content.utility;
  const rows: TableCell[][] = [];
  for (const member of board.filter((person) => person.onPlanningTeam)) {
    rows.push([userTextOrDash(member.name), { text: words.boardOffice(offices[member.office]) }]);
  }
  for (const operator of operators.filter((person) => person.onPlanningTeam)) {
    const role: Content =
      operator.certification === ''
        ? { text: words.operator }
        : { text: [{ text: `${words.operator}, ` }, userText(operator.certification)] };
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

function areaReasons(content: AgreementContent, language: Language): Content[] {
  const words = goalSettingWordsIn[language];
  const withoutGoals = goalAreas.filter(
    (area) =>
      content.scope.areas.includes(area) && !content.goals.some((goal) => goal.area === area),
  );
  return withoutGoals.map((area) => {
    const reason = content.reviewSettings.areaReasons[area] ?? '';
    const title = areaTitleIn(area, language);
    if (reason === '') return paragraph(words.noGoalYet(title));
    return {
      text: [{ text: words.noGoalBecause(title), bold: true }, userText(reason)],
      style: 'body',
    };
  });
}

/** Who set the goals and how (AMKAN: staff for internal goals, customers for external ones). */
export function goalSettingSection(
  number: number,
  content: AgreementContent,
  language: Language = 'en',
): Content[] {
  const words: GoalSettingWords = goalSettingWordsIn[language];
  const count = (value: number, forms: GoalSettingWords['goal']) => countOf(value, forms, language);
  const internal = content.goals.filter((goal) => goal.kind === 'internal').length;
  const external = content.goals.length - internal;
  const rows = teamRows(content, language);
  const chosen = goalAreas.filter((area) => content.scope.areas.includes(area));
  const parts: Content[] = [
    withHeading(
      sectionTitle(number, words.title),
      paragraph(agreementTerms[language].goalSetting[content.utility.goalSetting]),
    ),
    paragraph(
      words.holds(
        count(content.goals.length, words.goal),
        count(internal, words.internalGoal),
        count(external, words.externalGoal),
      ),
    ),
  ];
  if (chosen.length > 0) {
    parts.push(
      paragraph(words.areas(chosen.map((area) => areaTitleIn(area, language)).join('; '))),
    );
  }
  parts.push(...areaReasons(content, language));
  parts.push(
    withHeading(
      subheading(words.team),
      rows.length === 0 ? paragraph(words.noTeam) : teamTable(rows),
      rows.length <= shortListLength,
    ),
  );
  return parts;
}
