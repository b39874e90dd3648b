import type { Content } from 'pdfmake/interfaces';
import type { Scope } from '../domain/scope';
import type { SystemType } from '../domain/utility';
import { boundaryFacts } from './boundary-sentences';
import { isShortText, paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { palette } from './pdf-styles';
import { userText } from './user-text';

export function missionSection(number: number, scope: Scope): Content[] {
  const mission =
    scope.mission === ''
      ? { text: 'The board has not written a mission statement yet.', style: ['body', 'muted'] }
      : userText(scope.mission, 'mission');
  return [
    withHeading(
      sectionTitle(number, 'Our mission'),
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
      isShortText(scope.mission),
    ),
  ];
}

function regulatoryParts(number: number, scope: Scope): Content[] {
  const intro = withHeading(
    {
      stack: [
        sectionTitle(number, 'Boundaries of this agreement'),
        subheading('Regulatory requirements'),
      ],
    },
    paragraph(
      'Every goal in this agreement sits above the legal minimum. Whatever the targets say, the utility commits to the following:',
    ),
  );
  if (scope.regulatoryStyle === 'blanket') {
    if (scope.regulatoryStatement === '') return [intro, paragraph('(No statement written yet.)')];
    return [intro, userText(scope.regulatoryStatement, 'body')];
  }
  const statements = scope.regulatoryCategories.filter((category) => category.text !== '');
  if (statements.length === 0) return [intro, paragraph('(No statements written yet.)')];
  return [
    intro,
    { ul: statements.map((category) => userText(category.text, 'body')), margin: [6, 0, 0, 4] },
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

function assetParts(scope: Scope, systemType: SystemType | null): Content[] {
  const parts: Content[] = [
    withHeading(
      subheading('What our system can and cannot do'),
      paragraph(
        'A promise the equipment cannot keep does not belong in a service agreement; it belongs in the capital plan until the equipment is built.',
      ),
    ),
    ...boundaryFacts(scope, systemType).map(({ heading, sentences }) =>
      factList(heading, sentences),
    ),
  ];
  if (scope.assetLimits !== '') {
    parts.push(
      withHeading(
        subheading('What we cannot do'),
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
): Content[] {
  return [...regulatoryParts(number, scope), ...assetParts(scope, systemType)];
}
