import { screen } from '@testing-library/react';
import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/shared/domain/printed-date';
import type { SystemType } from '../../src/shared/domain/utility';
import { emptyWorkbook } from '../../src/shared/domain/workbook';
import { importanceLines } from '../../src/shared/pdf/importance-lines';
import { surveyCardDocument } from '../../src/shared/pdf/survey-card-document';
import { FastEntryForm } from '../../src/renderer/src/features/customers/FastEntryForm';
import { makeGoal } from './support/goal-fixtures';
import { createTestApi } from './support/test-api';
import { renderWithApi } from './support/render';

/** Every numbered question the printed card asks, "2. How satisfied…", in its order. */
function printedQuestions(content: Content): string[] {
  if (Array.isArray(content)) return content.flatMap(printedQuestions);
  if (typeof content !== 'object' || content === null) return [];
  const node = content as unknown as Record<string, unknown>;
  const columns = node.columns as { text?: unknown }[] | undefined;
  const number = columns?.[0]?.text;
  if (node.style === 'question' && typeof number === 'string' && /^\d+\.$/.test(number)) {
    return [`${number} ${String(columns?.[1]?.text)}`];
  }
  return Object.values(node).flatMap((value) =>
    typeof value === 'object' && value !== null ? printedQuestions(value as Content) : [],
  );
}

const goals = [
  makeGoal({ id: 'g-pressure', kind: 'external', statement: 'Keep pressure above 35 psi' }),
];
const cases: [SystemType, Language, boolean][] = [
  ['water', 'en', true],
  ['wastewater', 'en', true],
  ['both', 'en', true],
  ['both', 'es', true],
  ['wastewater', 'es', false],
  ['water', 'en', false],
];

describe('the entry screen mirrors the printed survey card', () => {
  it.each(cases)(
    'a %s utility’s card in %s (goals: %s): every question, in order, in the same words',
    (systemType, language, withGoals) => {
      const workbook = emptyWorkbook();
      workbook.utility.value.systemType = systemType;
      workbook.scope.value.areas = ['customer-service', 'regulatory'];
      const card = surveyCardDocument({
        utility: workbook.utility.value,
        scope: workbook.scope.value,
        goals: withGoals ? goals : [],
        language,
        annualMeeting: true,
      });
      const printed = printedQuestions(card.content);
      expect(printed.length).toBeGreaterThanOrEqual(10);

      const importance = importanceLines({
        goals: withGoals ? goals : [],
        areas: workbook.scope.value.areas,
        systemType,
        language,
      }).map((line) => ({ key: line.key, label: line.passage.text }));
      renderWithApi(
        <FastEntryForm
          label="New card"
          savedCount={0}
          systemType={systemType}
          importance={importance}
          onSave={() => Promise.resolve(null)}
        />,
        createTestApi().api,
        language,
      );
      const onScreen = [...document.querySelectorAll('[data-card-question]')].map((question) => {
        const name = printed.find((text) =>
          ['radiogroup', 'group']
            .flatMap((role) => screen.queryAllByRole(role, { name: text }))
            .some((group) => question.contains(group)),
        );
        return (
          name ??
          `(no field named as the card asks, for ${question.getAttribute('data-card-question')})`
        );
      });
      expect(onScreen).toEqual(printed);
    },
  );
});
