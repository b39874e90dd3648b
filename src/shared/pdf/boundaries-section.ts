import type { Content } from 'pdfmake/interfaces';
import { assetCapabilities, type Scope } from '../domain/scope';
import { assetWords } from './agreement-words';
import { isShortText, paragraph, sectionTitle, subheading, withHeading } from './section-title';
import { palette } from './pdf-styles';
import { userText } from './user-text';
import { plural } from '../domain/numbers/plural';

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

function assetParts(scope: Scope): Content[] {
  const facts: Content[] = assetCapabilities.map((asset) => {
    const sentence = assetWords[asset][scope.assets[asset]];
    if (asset === 'storage' && scope.assets.storage === 'yes' && scope.storageGallons !== null) {
      return {
        text: `${sentence} It holds about ${plural(scope.storageGallons, 'gallon')}.`,
        style: 'body',
      };
    }
    return { text: sentence, style: 'body' };
  });
  const parts: Content[] = [
    withHeading(
      subheading('What our system can and cannot do'),
      paragraph(
        'A promise the equipment cannot keep does not belong in a service agreement; it belongs in the capital plan until the equipment is built.',
      ),
    ),
    { ul: facts, margin: [6, 0, 0, 4] },
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

/** Between the two limits of DOMAIN.md §1: the regulatory minimum and what the assets can do. */
export function boundariesSection(number: number, scope: Scope): Content[] {
  return [...regulatoryParts(number, scope), ...assetParts(scope)];
}
