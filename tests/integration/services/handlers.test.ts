import { sampleToday } from '../../support/sample-today';
import { afterEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../../src/shared/api/methods';
import type { AppStatus } from '../../../src/shared/api/setup-contract';
import { emptyScope } from '../../../src/shared/domain/scope';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { AppError } from '../../../src/main/app-error';
import { createHandlers } from '../../../src/main/handlers';
import { downloadDelivery } from '../../../src/main/services/file-delivery';
import { openStore } from '../../../src/main/store/open-store';
import { promisedHandlers } from '../../support/promised-handlers';
import { makeStoreTempDir } from '../../support/store-temp-dir';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const status: AppStatus = { appVersion: '0.1.0', schemaVersion: 1, mode: 'browser', notices: [] };
const delivery = downloadDelivery;

async function handlersOnFreshFolder() {
  const { dir, remove } = await makeStoreTempDir('handlers');
  cleanups.push(remove);
  const store = await openStore({ dataDir: dir, appVersion: '0.1.0' });
  cleanups.unshift(() => store.close());
  return {
    dir,
    store,
    handlers: promisedHandlers(
      createHandlers({
        repository: store.repository,
        complaints: store.complaints,
        status: () => status,
        delivery,
        clock: sampleToday,
      }),
    ),
  };
}

const conflict = {
  code: 'conflict',
  message: 'This was changed in another window. Reload to see the latest version.',
};

describe('createHandlers', () => {
  it('implements every method of the contract', async () => {
    const { handlers } = await handlersOnFreshFolder();
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('answers app:status from its dependency', async () => {
    const { handlers } = await handlersOnFreshFolder();
    await expect(handlers['app:status'](undefined)).resolves.toEqual(status);
  });

  it('saves step 1, bumps rev, and keeps it across a restart', async () => {
    const { dir, store, handlers } = await handlersOnFreshFolder();
    expect(await handlers['utility:get'](undefined)).toEqual({
      rev: 0,
      value: emptyUtilityProfile,
    });
    const value = { ...emptyUtilityProfile, name: 'Mesa Verde Water Users', connections: 250 };
    expect(await handlers['utility:save']({ rev: 0, value })).toEqual({ rev: 1, value });

    await store.close();
    const reopened = await openStore({ dataDir: dir, appVersion: '0.1.0' });
    cleanups.unshift(() => reopened.close());
    const again = createHandlers({
      repository: reopened.repository,
      complaints: reopened.complaints,
      status: () => status,
      delivery,
      clock: sampleToday,
    });
    expect(await again['utility:get'](undefined)).toEqual({ rev: 1, value });
  });

  it('refuses a step 1 save based on an old rev and keeps the newer one', async () => {
    const { handlers } = await handlersOnFreshFolder();
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
    const { handlers } = await handlersOnFreshFolder();
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
    const { handlers } = await handlersOnFreshFolder();
    const value = { ...emptyScope, mission: 'Safe water for every home.', areas: [] };
    expect(await handlers['scope:save']({ rev: 0, value })).toEqual({ rev: 1, value });
    expect(await handlers['scope:save']({ rev: 1, value })).toEqual({ rev: 2, value });
    await expect(handlers['scope:save']({ rev: 1, value })).rejects.toMatchObject(conflict);
  });

  it('remembers the wizard step, last write winning', async () => {
    const { handlers } = await handlersOnFreshFolder();
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'utility' });
    await handlers['wizard:setStep']({ currentStep: 'scope' });
    expect(await handlers['wizard:setStep']({ currentStep: 'utility' })).toEqual({
      currentStep: 'utility',
    });
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'utility' });
  });

  it('leaves other records alone when one is saved', async () => {
    const { handlers } = await handlersOnFreshFolder();
    await handlers['wizard:setStep']({ currentStep: 'scope' });
    await handlers['utility:save']({ rev: 0, value: { ...emptyUtilityProfile, name: 'Mesa' } });
    expect(await handlers['scope:get'](undefined)).toEqual({ rev: 0, value: emptyScope });
    expect(await handlers['wizard:get'](undefined)).toEqual({ currentStep: 'scope' });
  });
});
