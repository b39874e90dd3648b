import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../src/main/goals/template-library';
import { GoalsStep } from '../../src/renderer/src/features/goals/GoalsStep';
import type { Goal, GoalKind } from '../../src/shared/domain/goal';
import { dayInWords } from '../../src/shared/domain/typed-date';
import type { Workbook } from '../../src/shared/domain/workbook';
import { makeGoal } from './support/goal-fixtures';
import { plainTextLeft } from './support/pseudo-locale';
import { renderWithApi } from './support/render';
import { createTestApi } from './support/test-api';
import { inPseudoLocale } from './support/words-set-up';

// What the board typed (content, not the screen's words), and the day the date field says back,
// which a shared words record says (form-kit/day-in-words.ts). The target and the baseline's
// date, though worded by shared helpers, sit inside catalog messages ("<b>Target:</b> {target}").
function storedText(goals: Goal[]): string[] {
  const texts = goals.flatMap((goal) => [
    goal.statement,
    goal.measure,
    goal.unit,
    goal.baseline.source,
    goal.customerBasis,
    goal.baseline.asOf === '' ? '' : dayInWords(goal.baseline.asOf),
  ]);
  return texts.filter((typed) => typed !== '');
}

function openStep(kind: GoalKind, goals: Goal[], language: 'en' | 'es' = 'en') {
  const backend = createTestApi((workbook: Workbook) => {
    workbook.utility.value.systemType = 'water';
    workbook.scope.value.areas = ['customer-service', 'water-efficiency'];
    workbook.goals = goals;
  });
  return renderWithApi(
    <GoalsStep kind={kind} focusOnShow={false} openGoalId={null} />,
    backend.api,
    language,
  );
}

describe('the goals steps in the pseudo-locale: every word from the catalog', () => {
  inPseudoLocale();

  it('leaves no plain text on the list, the cards and an open editor', async () => {
    const user = userEvent.setup();
    // A stretch goal with no cost note and no baseline: the card shows its flags and heading.
    const goals = [
      makeGoal({ kind: 'internal', stretch: true, area: 'water-efficiency' }),
      makeGoal({
        kind: 'internal',
        baseline: { value: null, asOf: '', source: '', missingReason: '' },
      }),
    ];
    const { container } = openStep('internal', goals);
    await screen.findAllByRole('article');
    expect(plainTextLeft(container, storedText(goals))).toEqual([]);

    const [first] = screen.getAllByRole('article');
    await user.click(within(first!).getByRole('button', { name: '⟦Édít⟧' }));
    await within(first!).findByRole('group', { name: '⟦Tráçkíñg⟧' });
    expect(plainTextLeft(container, storedText(goals))).toEqual([]);
    // The Spanish fields, shown on asking, say the English beside each.
    await user.click(within(first!).getByRole('button', { name: /^⟦Wríté/ }));
    await within(first!).findByRole('textbox', { name: '⟦Góál íñ Spáñísh⟧' });
    expect(plainTextLeft(container, storedText(goals))).toEqual([]);
  });

  it('leaves no plain text on the external goals, with their note on customer feedback', async () => {
    const goals = [makeGoal({ kind: 'external', direction: 'yes-no', target: 1 })];
    const { container } = openStep('external', goals);
    await screen.findAllByRole('article');
    expect(plainTextLeft(container, storedText(goals))).toEqual([]);
  });

  it('leaves no plain text in the library, its notes on what the system lacks included', async () => {
    const user = userEvent.setup();
    openStep('external', []);
    await user.click(await screen.findByRole('button', { name: '⟦Ádd fróm thé líbrárý⟧' }));
    const library = await screen.findByRole('dialog');
    await within(library).findAllByRole('article');
    // The library's goals are content the board chooses from, not the screen's words.
    const content = templateLibrary().flatMap((template) => [
      template.statement,
      template.measure,
      template.unit,
      template.typicalTarget,
      template.source,
    ]);
    expect(plainTextLeft(library, content)).toEqual([]);
  });
});

describe('the goals steps in Spanish', () => {
  it('counts the goals in Spanish, one and two, and words a card', async () => {
    const one = openStep('internal', [makeGoal({ kind: 'internal', statement: 'Primera' })], 'es');
    expect(await screen.findByText('1 meta interna.')).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Meta 1: Primera' });
    expect(card.textContent).toContain('Meta 1 · Servicio al cliente · Interna');
    expect(card.textContent).toContain('Objetivo: como máximo 8 horas');
    expect(card.textContent).toContain('Hoy: 9 horas (al 31 de diciembre de 2025)');
    expect(screen.getByRole('button', { name: 'Agregar de la biblioteca' })).toBeTruthy();
    one.unmount();

    openStep(
      'internal',
      [makeGoal({ kind: 'internal' }), makeGoal({ kind: 'internal', stretch: true })],
      'es',
    );
    expect(await screen.findByText('2 metas internas.')).toBeTruthy();
    expect(screen.getAllByText(/· Interna · Meta ambiciosa$/)).toHaveLength(1);
  });
});
