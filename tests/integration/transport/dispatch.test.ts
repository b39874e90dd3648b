import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/main/app-error';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { emptyUtilityProfile } from '../../../src/shared/domain/utility';
import { createFakeHandlers } from '../../support/fake-handlers';

const internalErrorMessage =
  'Something went wrong inside LOS Builder. Your saved work is safe; try again.';
const missingDetailsMessage =
  'This action was sent without the details it needs, or with the wrong kind. Reload and try again.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createDispatcher', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    expect(await dispatch('wizard:setStep', { currentStep: 'scope' })).toEqual({
      ok: true,
      value: { currentStep: 'scope' },
    });
    expect(await dispatch('wizard:get', undefined)).toEqual({
      ok: true,
      value: { currentStep: 'scope' },
    });
  });

  it('in tests, refuses an answer the contract does not promise; a thrown error and a plain value both arrive', async () => {
    // A handler that answers a step the wizard does not have: the renderer would get nonsense.
    const wrong = createFakeHandlers({
      'wizard:get': () => ({ currentStep: 'nowhere' }) as unknown as { currentStep: 'scope' },
    });
    await expect(
      createDispatcher(wrong, { checkOutputs: true })('wizard:get', undefined),
    ).rejects.toThrow(/wizard:get answered outside its output schema/);
    // The app itself does not pay for the check.
    expect(await createDispatcher(wrong)('wizard:get', undefined)).toMatchObject({ ok: true });
    const throwing = createFakeHandlers({
      'scope:get': () => {
        throw new AppError('storage', 'The disk is full.');
      },
    });
    expect(
      await createDispatcher(throwing, { checkOutputs: true })('scope:get', undefined),
    ).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full.' },
    });
  });

  it('hands the handler the parsed input, cleaned as the contract says', async () => {
    const save = vi.fn((input: { rev: number; value: typeof emptyUtilityProfile }) =>
      Promise.resolve({ rev: input.rev + 1, value: input.value }),
    );
    const dispatch = createDispatcher(createFakeHandlers({ 'utility:save': save }), {
      checkOutputs: true,
    });
    const result = await dispatch('utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, name: '  Rio\u202E Water\n', systemId: 'nm3500101' },
    });
    expect(save.mock.calls[0]?.[0].value.name).toBe('Rio Water');
    expect(result).toMatchObject({ ok: true, value: { value: { systemId: 'NM3500101' } } });
  });

  it('refuses an unknown method by name', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    for (const method of ['files:delete', '__proto__', 'constructor', '']) {
      const result = await dispatch(method, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('names the field and how to fix it when input is invalid', async () => {
    const handler = vi.fn();
    const dispatch = createDispatcher(createFakeHandlers({ 'utility:save': handler }), {
      checkOutputs: true,
    });
    const result = await dispatch('utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, connections: 2.5, population: -1 },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Connections must be a whole number, such as 250.',
        fields: {
          'value.connections': 'Connections must be a whole number, such as 250.',
          'value.population': 'Population served cannot be negative.',
        },
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('keys fields in lists by their dotted path', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    const member = { id: 'b1', name: 'Ana', office: 'mayor', termEnds: '', onPlanningTeam: true };
    const result = await dispatch('utility:save', {
      rev: 0,
      value: { ...emptyUtilityProfile, board: [member] },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: {
          'value.board.0.office':
            'Office must be president, vice-president, secretary, treasurer or member.',
        },
      },
    });
  });

  it('refuses input to a method that takes none, without field messages', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    expect(await dispatch('utility:get', { sneaky: true })).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'This method takes no input.' },
    });
  });

  it('passes an AppError on with its code, message and fields', async () => {
    const dispatch = createDispatcher(
      createFakeHandlers({
        'scope:get': () =>
          Promise.reject(new AppError('storage', 'The disk is full.', { disk: 'Free space.' })),
      }),
      { checkOutputs: true },
    );
    expect(await dispatch('scope:get', undefined)).toEqual({
      ok: false,
      error: { code: 'storage', message: 'The disk is full.', fields: { disk: 'Free space.' } },
    });
  });

  it('turns any other throw into a plain internal error and logs the detail', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const secret = new TypeError("Cannot read properties of undefined (reading 'x') at /home/a");
    const dispatch = createDispatcher(
      createFakeHandlers({
        'wizard:get': () => {
          throw secret;
        },
        'scope:get': () => Promise.reject(new Error('async boom')),
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a non-Error throw is the case under test
        'app:status': () => Promise.reject('a thrown string'),
      }),
      { checkOutputs: true },
    );
    for (const method of ['wizard:get', 'scope:get', 'app:status']) {
      const result = await dispatch(method, undefined);
      expect(result).toEqual({
        ok: false,
        error: { code: 'internal', message: internalErrorMessage },
      });
    }
    expect(logged).toHaveBeenCalledTimes(3);
    expect(logged.mock.calls[0]).toContain(secret);
  });

  it('answers a stale revision as a conflict the user can act on', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    await dispatch('utility:save', { rev: 0, value: emptyUtilityProfile });
    expect(await dispatch('utility:save', { rev: 0, value: emptyUtilityProfile })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'This was changed in another window. Reload to see the latest version.',
      },
    });
  });
});

describe('a call missing its input altogether', () => {
  it('says so in plain words instead of zod wording', async () => {
    const dispatch = createDispatcher(createFakeHandlers(), { checkOutputs: true });
    for (const input of [undefined, null, 'scope', []]) {
      expect(await dispatch('wizard:setStep', input)).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: missingDetailsMessage },
      });
    }
  });
});
