import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/shared/api/contract';
import { tempFolders } from '../../support/temp-folders';
import { nameUtility, openLibrary, savedBackup } from './library-sample';

const folders = tempFolders();

function tickingClock(start: string) {
  let now = new Date(start).getTime();
  return () => new Date((now += 60_000));
}

/** The president's and the operator's laptops, the operator's holding a copy of the first. */
async function twoLaptops() {
  const president = await openLibrary(folders, await folders.folder('laptop-president'), {
    clock: tickingClock('2026-12-01T09:00:00Z'),
  });
  const operator = await openLibrary(folders, await folders.folder('laptop-operator'), {
    clock: tickingClock('2026-12-02T09:00:00Z'),
  });
  await nameUtility(president.handlers, 'Cedar Creek');
  const carried = await savedBackup(president.handlers);
  const preview = await operator.handlers['backup:preview'](carried);
  expect(preview?.relation).toBe('new');
  const { key } = await operator.handlers['backup:restore']({
    previewId: preview!.previewId,
    as: 'replace',
  });
  return { president: president.handlers, operator: operator.handlers, operatorKey: key };
}

const names = async (handlers: Handlers) =>
  (await handlers['library:list'](undefined)).utilities.map((entry) => entry.name);

describe('two laptops keeping one utility', () => {
  it('restores the other laptop’s backup as the same utility when only it changed', async () => {
    const { president, operator, operatorKey } = await twoLaptops();
    await nameUtility(operator, 'Cedar Creek (operator’s changes)');
    const preview = await president['backup:preview'](await savedBackup(operator));
    expect(preview).toMatchObject({ relation: 'newer', target: { key: 'first' } });
    expect(preview?.message).toMatch(
      /^Restoring replaces "Cedar Creek" \(last changed .*\) with this backup/,
    );
    await president['backup:restore']({ previewId: preview!.previewId, as: 'replace' });
    expect(await names(president)).toEqual(['Cedar Creek (operator’s changes)']);
    expect(operatorKey).toMatch(/^u-/);
  });

  it('says when both changed since they last matched, and keeps the incoming one apart', async () => {
    const { president, operator } = await twoLaptops();
    await nameUtility(operator, 'Cedar Creek (operator)');
    await nameUtility(president, 'Cedar Creek (president)');
    const preview = await president['backup:preview'](await savedBackup(operator));
    expect(preview?.relation).toBe('both-changed');
    expect(preview?.message).toMatch(
      /^Both copies changed since they last matched: this backup was last changed .*, and "Cedar Creek \(president\)" here was last changed .*\. LOS Builder does not merge them\./,
    );
    const { key } = await president['backup:restore']({
      previewId: preview!.previewId,
      as: 'copy',
    });
    expect(key).not.toBe('first');
    expect((await names(president)).sort()).toEqual([
      'Cedar Creek (operator)',
      'Cedar Creek (president)',
    ]);
    // Kept apart for good: the copy is a utility of its own, not the same one again.
    await president['library:open']({ key: 'first' });
    const again = await president['backup:preview'](await savedBackup(operator));
    expect(again?.target?.key).toBe('first');
  });

  it('finds nothing to restore when both hold the same data', async () => {
    const { president, operator } = await twoLaptops();
    const preview = await president['backup:preview'](await savedBackup(operator));
    expect(preview?.relation).toBe('same');
    expect(preview?.message).toMatch(/restoring it would change nothing/);
  });

  it('does not count moving between steps as a change the other laptop would miss', async () => {
    const { president, operator } = await twoLaptops();
    await president['wizard:setStep']({ currentStep: 'scope' });
    await nameUtility(operator, 'Cedar Creek (operator)');
    const preview = await president['backup:preview'](await savedBackup(operator));
    expect(preview?.relation).toBe('newer');
  });
});
