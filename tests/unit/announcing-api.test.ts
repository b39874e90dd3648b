import { describe, expect, it } from 'vitest';
import { announcingApi } from '../../src/renderer/src/api/announcing-api';
import type { Api } from '../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../src/shared/api/methods';
import { fail, ok } from '../../src/shared/api/result';

/** An Api whose every method answers `answer`, to see which calls are announced. */
function fakeApi(answer: () => ReturnType<typeof ok | typeof fail>): Api {
  return Object.fromEntries(
    methodNames.map((method) => [method, () => Promise.resolve(answer())]),
  ) as unknown as Api;
}

describe('telling the other windows about stored changes', () => {
  it('announces a change once it is stored, and nothing a read or a failed save did', async () => {
    const heard: MethodName[] = [];
    let answer: () => ReturnType<typeof ok | typeof fail> = () => ok({});
    const api = announcingApi(
      fakeApi(() => answer()),
      (method) => heard.push(method),
    );

    await api['utility:get']();
    await api['wizard:setStep']({ currentStep: 'scope' });
    await api['utility:save']({ rev: 0, value: {} as never });
    await api['approval:approve']();
    answer = () => fail('conflict', 'This was changed in another window.');
    await api['scope:save']({ rev: 0, value: {} as never });

    expect(heard).toEqual(['utility:save', 'approval:approve']);
  });
});
