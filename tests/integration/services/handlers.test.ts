import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/shared/api/methods';
import { emptyScope } from '../../../src/shared/domain/scope';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { AppError } from '../../../src/main/app-error';
import { handlerFolder, status } from './handler-folder';

const conflict = {
  code: 'conflict',
  message: 'This was changed in another window. Reload to see the latest version.',
};

describe('createHandlers', () => {
  it('implements every method of the contract but the library’s and the computer’s preferences, which the library answers', async () => {
    const { handlers } = await handlerFolder('handlers');
    const utilityMethods = methodNames.filter(
      (method) =>
        !method.startsWith('library:') &&
        !method.startsWith('backup:') &&
        !method.startsWith('preferences:'),
    );
    expect(Object.keys(handlers).sort()).toEqual([...utilityMethods].sort());
  });

  it('answers app:status from its dependency', async () => {
    const { handlers } = await handlerFolder('handlers');
    await expect(handlers['app:status'](undefined)).resolves.toEqual({
      ...status,
      utility: { ...status.utility, example: false },
    });
  });

  it('saves step 1, bumps rev, and keeps it across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('handlers');
    expect(await handlers['utility:get'](undefined)).toEqual({
      rev: 0,
      value: emptyUtilityProfile,
    });
    const value = { ...emptyUtilityProfile, name: 'Mesa Verde Water Users', connections: 250 };
    expect(await handlers['utility:save']({ rev: 0, value })).toEqual({ rev: 1, value });

    const again = await reopen();
    expect(await again['utility:get'](undefined)).toEqual({ rev: 1, value });
  });

  it('refuses a step 1 save based on an old rev and keeps the newer one', async () => {
    const { handlers } = await handlerFolder('handlers');
    const first = { ...emptyUtilityProfile, name: 'First window' };
    await handlers['utility:save']({ rev: 0, value: first });
    const stale = handlers['utility:save']({
      rev: 0,
      value: { ...emptyUtilityProfile, name: 'Second window' },
    });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject(conflict);
    expect(await handlers['utility:get'](undefined)).toEqual({ rev: 1, value: first });
  });

  it('lets only one of two saves racing from the same rev win', async () => {
    const { handlers } = await handlerFolder('handlers');
    const outcomes = await Promise.allSettled(
      ['A', 'B'].map((name) =>
        handlers['scope:save']({ rev: 0, value: { ...emptyScope, mission: name } }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const saved = await handlers['scope:get'](undefined);
    expect(saved.rev).toBe(1);
    expect(saved.value.mission).toBe('A');
  });

  it('saves step 2 and refuses a stale one', async () => {
    const { handlers } = await handlerFolder('handlers');
    const value = { ...emptyScope, mission: 'Safe water for every home.', areas: [] };
    expect(await handlers['scope:save']({ rev: 0, value })).toEqual({ rev: 1, value });
    expect(await handlers['scope:save']({ rev: 1, value })).toEqual({ rev: 2, value });
    await expect(handlers['scope:save']({ rev: 1, value })).rejects.toMatchObject(conflict);
  });

  it('remembers the wizard step, last write winning', async () => {
    const { handlers } = await handlerFolder('handlers');
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'utility' });
    await handlers['wizard:setStep']({ currentStep: 'scope' });
    expect(await handlers['wizard:setStep']({ currentStep: 'utility' })).toEqual({
      currentStep: 'utility',
    });
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'utility' });
  });

  it('leaves other records alone when one is saved', async () => {
    const { handlers } = await handlerFolder('handlers');
    await handlers['wizard:setStep']({ currentStep: 'scope' });
    await handlers['utility:save']({ rev: 0, value: { ...emptyUtilityProfile, name: 'Mesa' } });
    expect(await handlers['scope:get'](undefined)).toEqual({ rev: 0, value: emptyScope });
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'scope' });
  });
});
