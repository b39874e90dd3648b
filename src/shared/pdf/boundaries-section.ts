import type { Content } from 'pdfmake/interfaces';
import type { Language } from '../domain/printed-date';
import { defaultRegulatoryStatement, type Scope } from '../domain/scope';
import { missionIn } from '../domain/spanish/goal-wording';
import type { SystemType } from '../domain/utility';
import { boundariesWords } from './boundaries-words';
import { boundaryFacts } from './boundary-sentences';
import { printedPassage } from './printed-passage';
import { isShortText, paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { palette } from './pdf-styles';
import { userText } from './user-text';

/** The app's own regulatory statement, which a board may keep as it is, in Spanish. */
const spanishDefaultStatement =
  'Cumpliremos todas las reglas federales, estatales y locales que se aplican a nuestro sistema.';

export function missionSection(number: number, scope: Scope, language: Language = 'en'): Content[] {
  const words = boundariesWords[language];
  const passage = missionIn(scope, language);
  const mission =
    passage.text === ''
      ? { text: words.noMission, style: ['body', 'muted'] }
      : printedPassage(passage, 'mission');
  return [
    withHeading(
      sectionTitle(number, words.mission),
      {
        table: { widths: [3, '*'], body: [[{ text: '' }, mission]] },
        layout: {
          fillColor: (_row: number, _node: unknown, column: number) =>
            column === 0 ? palette.accent : null,
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: (column: number) => (column === 0 ? 0 : 12),
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
        margin: [0, 2, 0, 6],
      },
      isShortText(passage.text),
    ),
  ];
}

function regulatoryParts(number: number, scope: Scope, language: Language): Content[] {
  const words = boundariesWords[language];
  const intro = withHeading(
    { stack: [sectionTitle(number, words.boundaries), subheading(words.regulatory)] },
    paragraph(words.aboveMinimum),
  );
  if (scope.regulatoryStyle === 'blanket') {
    const statement = scope.regulatoryStatement;
    if (statement === '') return [intro, paragraph(words.noStatement)];
    if (language === 'es' && statement.trim() === defaultRegulatoryStatement) {
      return [intro, paragraph(spanishDefaultStatement)];
    }
    return [intro, userText(statement, 'body')];
  }
  const statements = scope.regulatoryCategories.filter((category) => category.text !== '');
  if (statements.length === 0) return [intro, paragraph(words.noStatements)];
  return [
    intro,
    {
      ul: statements.map((category) => userText(category.text, 'body')),
      margin: [6, 0, 0, 4],
    },
  ];
}

/** One list of facts; a combined utility's two lists each carry their system's name. */
function factList(heading: string | null, sentences: string[]): Content {
  // The permit number is typed by the user, so every sentence enters as user text.
  const list: Content = {
    ul: sentences.map((sentence) => userText(sentence, 'body')),
    margin: [6, 0, 0, 4],
  };
  if (heading === null) return list;
  return withHeading({ text: heading, style: 'body', bold: true, margin: [0, 4, 0, 2] }, list);
}

function assetParts(scope: Scope, systemType: SystemType | null, language: Language): Content[] {
  const words = boundariesWords[language];
  const parts: Content[] = [
    withHeading(subheading(words.canAndCannot), paragraph(words.capitalPlan)),
    ...boundaryFacts(scope, systemType, language).map(({ heading, sentences }) =>
      factList(heading, sentences),
    ),
  ];
  if (scope.assetLimits !== '') {
    parts.push(
      withHeading(
        subheading(words.cannotDo),
        userText(scope.assetLimits, 'body'),
        isShortText(scope.assetLimits),
      ),
    );
  }
  return parts;
}

/**
 * Between the two limits of DOMAIN.md §1: the regulatory minimum and what the assets can do,
 * told only from the questions step 2 asks for the system type.
 */
export function boundariesSection(
  number: number,
  scope: Scope,
  systemType: SystemType | null,
  language: Language = 'en',
): Content[] {
  return [...regulatoryParts(number, scope, language), ...assetParts(scope, systemType, language)];
}
