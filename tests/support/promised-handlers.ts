import type { CallContext, MethodOutput, ParsedInput } from '../../src/shared/api/contract';
import { methodNames } from '../../src/shared/api/methods';
import type { UtilityHandlers, UtilityMethod } from '../../src/main/handlers';

/** Every handler answering a promise, so a test can write `.rejects` whether it throws or rejects. */
export type PromisedHandlers = {
  [M in UtilityMethod]: (input: ParsedInput<M>, context?: CallContext) => Promise<MethodOutput<M>>;
};

/** Wraps each handler so a synchronous throw arrives as a rejection, as the dispatcher sees it. */
export function promisedHandlers(handlers: UtilityHandlers): PromisedHandlers {
  return Object.fromEntries(
    methodNames.flatMap((method) => {
      if (!(method in handlers)) return [];
      const handler = handlers[method as UtilityMethod] as (
        input: unknown,
        context?: CallContext,
      ) => unknown;
      // The window's language passes through, for the handlers that word their answers.
      const promised = (input: unknown, context?: CallContext) =>
        Promise.resolve().then(() => handler(input, context));
      return [[method, promised]];
    }),
  ) as PromisedHandlers;
}
