import { describe, expect, it } from 'vitest';
import type { Review } from '../../../src/shared/api/approval-contract';
import { goalFieldsFromTemplate } from '../../../src/shared/domain/goal-template';
import { defaultReviewSettings } from '../../../src/shared/domain/review-settings';
import { AppError } from '../../../src/main/app-error';
import { goalFields, handlerFolder } from './handler-folder';

const keys = (review: Review) => review.findings.map((finding) => finding.key);

/** A minimum-pressure promise of 22 psi: above the common 20 psi floor, below a 25 psi one. */
const pressureGoal = {
  ...goalFields('Keep water pressure adequate at every tap', 'external', 'customer-service'),
  measure: 'Lowest pressure in the system',
  unit: 'psi',
  direction: 'at-least' as const,
  target: 22,
  floor: 'minimum-pressure' as const,
};

describe('review:get', () => {
  it('starts with the default settings and a blocker for having no goals', async () => {
    const { handlers } = await handlerFolder('review-empty');
    const review = await handlers['review:get'](undefined);
    expect(review.settings).toEqual({ rev: 0, value: defaultReviewSettings });
    expect(review.findings).toContainEqual(
      expect.objectContaining({ key: 'count:none', severity: 'blocker' }),
    );
  });

  it('recomputes the findings from the saved goals', async () => {
    const { handlers } = await handlerFolder('review-goals');
    await handlers['goals:add']({ fields: goalFields('Meet every drinking water standard') });
    const review = await handlers['review:get'](undefined);
    expect(keys(review)).not.toContain('count:none');
    // One internal goal and no external one: the balance rule now speaks up instead.
    expect(keys(review)).toContain('balance:external');
  });
});

describe('review:save', () => {
  it('saves the floors, bumps the revision, answers fresh findings, and keeps them across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('review-save');
    const goal = await handlers['goals:add']({ fields: pressureGoal });
    expect(keys(await handlers['review:get'](undefined))).not.toContain(`floor:${goal.id}`);

    const value = {
      floors: { ...defaultReviewSettings.floors, 'minimum-pressure': 25 },
      areaReasons: { regulatory: 'Covered by our blanket compliance statement.' },
    };
    const saved = await handlers['review:save']({ rev: 0, value });
    expect(saved.settings).toEqual({ rev: 1, value });
    expect(saved.findings).toContainEqual(
      expect.objectContaining({ key: `floor:${goal.id}`, severity: 'blocker', goalId: goal.id }),
    );

    const again = await (await reopen())['review:get'](undefined);
    expect(again).toEqual(saved);
  });

  it('refuses a save based on an old revision and keeps the newer one', async () => {
    const { handlers } = await handlerFolder('review-stale');
    const first = {
      ...defaultReviewSettings,
      floors: { ...defaultReviewSettings.floors, 'minimum-pressure': 35 },
    };
    await handlers['review:save']({ rev: 0, value: first });
    const stale = handlers['review:save']({ rev: 0, value: defaultReviewSettings });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      message: 'This was changed in another window. Reload to see the latest version.',
    });
    expect((await handlers['review:get'](undefined)).settings).toEqual({ rev: 1, value: first });
  });
});

describe('templates:list', () => {
  it('answers the shipped library, and a new goal can start from a template', async () => {
    const { handlers } = await handlerFolder('templates');
    const templates = await handlers['templates:list'](undefined);
    expect(templates.length).toBeGreaterThanOrEqual(40);
    expect(new Set(templates.map((t) => t.kind))).toEqual(new Set(['internal', 'external']));

    const template = templates[0]!;
    const goal = await handlers['goals:add']({ fields: goalFieldsFromTemplate(template) });
    expect(goal).toMatchObject({ templateId: template.id, statement: template.statement });
  });
});
