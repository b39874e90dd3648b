import type { z } from 'zod';
import { contract, type CallContext, type Handlers } from '../../shared/api/contract';
import { isMethodName, type MethodName } from '../../shared/api/methods';
import { fail, ok, type Result } from '../../shared/api/result';
import type { Language } from '../../shared/domain/printed-date';
import { sayIn } from '../../shared/i18n/say-in';
import { issueSaid } from '../../shared/i18n/issue-said';
import { AppError } from '../app-error';
import { refusal, refusalIn } from '../messages/refusal';
import type { UtilityHandlers } from '../handlers';

/**
 * What a transport knows of who calls: browser mode's windows say which utility they show, and
 * every window the language it shows, so an error comes back in the words its reader reads.
 * Handlers are handed the language alone, as a `CallContext` (contract.ts).
 */
export interface Caller {
  utilityKey?: string;
  language?: Language;
}

/** One call into main: what both transports hand over, whoever the caller is. */
export type Dispatch = (
  method: string,
  input: unknown,
  caller?: Caller,
) => Promise<Result<unknown>>;

/** What a caller is told of a failure main did not expect, in its language. */
export function internalError(language: Language): Result<never> {
  return fail('internal', refusalIn(refusal('refusals.internal'), language));
}

/**
 * Parses the input with the contract, calls the handler and turns every outcome into a Result.
 * It never throws: IPC would keep only an error's message and HTTP would drop the connection,
 * so an error must travel as a value.
 */
export function createDispatcher(
  handlers: Handlers | UtilityHandlers,
  options: DispatchOptions = {},
): Dispatch {
  return async (method, input, caller = {}) => {
    const language = caller.language ?? 'en';
    if (!isMethodName(method)) {
      return fail(
        'unknown-method',
        refusalIn(refusal('refusals.unknownMethod', { method }), language),
      );
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error.issues, language);
    let output: unknown;
    try {
      output = await callHandler(handlers, method, parsed.data, { language });
    } catch (error) {
      return fromThrown(method, error, language);
    }
    if (options.checkOutputs) checkOutput(method, output);
    return ok(output);
  };
}

export interface DispatchOptions {
  /**
   * Tests set this: every answer is checked against the method's output schema, so a handler
   * that answers what the contract does not promise rejects (failing the test) instead of
   * reaching the renderer.
   * The app skips it (the handlers are typed from the same contract).
   */
  checkOutputs?: boolean;
}

function callHandler(
  handlers: Handlers | UtilityHandlers,
  method: MethodName,
  input: unknown,
  context: CallContext,
): unknown {
  // The contract guarantees `input` matches this method's parsed input; TypeScript cannot
  // correlate the two across a union of method names, hence the widened call. Tests may serve
  // one utility's handlers alone, without the library's.
  const handler = (handlers as Partial<Handlers>)[method] as
    ((input: unknown, context: CallContext) => unknown) | undefined;
  if (!handler)
    throw new AppError('unknown-method', refusal('refusals.unknownMethodHere', { method }));
  return handler(input, context);
}

function checkOutput(method: MethodName, output: unknown): void {
  const checked = contract[method].output.safeParse(output);
  if (!checked.success) {
    throw new Error(`${method} answered outside its output schema: ${checked.error.message}`);
  }
}

/**
 * A schema's message: shared schemas give a key of the shared catalog (or a Said's JSON, when it
 * has values), said here in the caller's language; zod's own wording passes as it is.
 */
function issueText(issue: z.core.$ZodIssue, language: Language): string {
  const message = issueSaid(issue);
  return message ? sayIn(message, language) : issue.message;
}

function invalidInput(issues: readonly z.core.$ZodIssue[], language: Language): Result<never> {
  // A Map, not an object literal: a path such as `__proto__` or `constructor` must stay a key.
  const fields = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    // The first message for a field is the one to fix first; later ones often repeat it.
    if (key && !fields.has(key)) fields.set(key, issueText(issue, language));
  }
  const message = summary(issues[0], language);
  return fields.size > 0
    ? fail('invalid-input', message, Object.fromEntries(fields))
    : fail('invalid-input', message);
}

/** The first problem in plain words; zod's generic wording for a missing body is not. */
function summary(first: z.core.$ZodIssue | undefined, language: Language): string {
  if (!first) return refusalIn(refusal('refusals.someEntries'), language);
  if (
    first.path.length === 0 &&
    first.code === 'invalid_type' &&
    first.message.startsWith('Invalid input')
  ) {
    return refusalIn(refusal('refusals.missingDetails'), language);
  }
  return issueText(first, language);
}

function fromThrown(method: MethodName, error: unknown, language: Language): Result<never> {
  if (error instanceof AppError) {
    return fail(error.code, error.messageIn(language), error.fieldsIn(language));
  }
  // The detail is for whoever reads the log; the user gets a sentence they can act on.
  console.error(`Unexpected error in ${method}:`, error);
  return internalError(language);
}
