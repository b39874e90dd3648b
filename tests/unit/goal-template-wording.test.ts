import { describe, expect, it } from 'vitest';
import { templateLibrary } from '../../src/main/goals/template-library';
import type { GoalTemplate } from '../../src/shared/domain/goal-template';
import { readNumber } from '../../src/shared/domain/numbers/read-number';

type Wording = Pick<GoalTemplate, 'statement' | 'measure' | 'target' | 'targetHigh'>;

const figures = /\d[\d,]*(?:\.\d+)?%?/g;

/**
 * What in a template's words promises more than its one target: a figure in the measure (the
 * target holds the number; the measure only names what is counted), an aside in parentheses
 * (the printed agreement puts the unit in parentheses after the measure, so an aside reads as a
 * second promise), or a figure in the statement other than the target.
 */
function secondPromises(template: Wording): string[] {
  const problems: string[] = [];
  if (/\d/.test(template.measure)) problems.push(`a figure in the measure: ${template.measure}`);
  if (/[()]/.test(template.measure)) problems.push(`an aside in the measure: ${template.measure}`);
  for (const [figure] of template.statement.matchAll(figures)) {
    const reading = readNumber(figure);
    const value = reading.kind === 'number' ? reading.value : null;
    if (value === null || (value !== template.target && value !== template.targetHigh)) {
      problems.push(`the statement promises ${figure}, not the target ${String(template.target)}`);
    }
  }
  return problems;
}

const templates = templateLibrary();

describe('each library goal says one thing', () => {
  it.each(templates.map((t) => [t.id, t] as const))(
    '%s promises only its target',
    (_id, template) => {
      expect(secondPromises(template)).toEqual([]);
    },
  );

  it('keeps a second figure in the typical target’s words, where the board reads it as advice', () => {
    const backup = templates.find((t) => t.id === 'CS10');
    expect(backup?.measure).toBe('Time from the call to a crew on site for a sewer backup');
    expect(backup?.typicalTarget).toContain('cleared within 4 hours');
  });
});

describe('the check itself', () => {
  const base: Wording = {
    statement: 'When a sewer backs up, a crew arrives fast and clears it.',
    measure: 'Time from the call to a crew on site for a sewer backup',
    target: 2,
    targetHigh: null,
  };

  it('passes a goal whose words carry no figure but its target', () => {
    expect(secondPromises(base)).toEqual([]);
    expect(secondPromises({ ...base, statement: 'A crew is on site within 2 hours.' })).toEqual([]);
  });

  it('catches the promise the board never discussed, in the measure or the statement', () => {
    const measure = `${base.measure} (cleared within 4 hours)`;
    expect(secondPromises({ ...base, measure })).toEqual([
      `a figure in the measure: ${measure}`,
      `an aside in the measure: ${measure}`,
    ]);
    expect(secondPromises({ ...base, measure: `${base.measure} (by truck)` })).toHaveLength(1);
    expect(secondPromises({ ...base, statement: 'Backups are cleared within 4 hours.' })).toEqual([
      'the statement promises 4, not the target 2',
    ]);
  });
});
