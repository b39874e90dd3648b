import type { Handlers, MethodOutput, ParsedInput } from '../../src/shared/api/contract';
import { methodNames, type MethodName } from '../../src/shared/api/methods';

/** Every handler answering a promise, so a test can write `.rejects` whether it throws or rejects. */
export type PromisedHandlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};

/** Wraps each handler so a synchronous throw arrives as a rejection, as the dispatcher sees it. */
export function promisedHandlers(handlers: Handlers): PromisedHandlers {
  return Object.fromEntries(
    methodNames.map((method) => {
      const handler = handlers[method] as (input: unknown) => unknown;
      return [method, (input: unknown) => Promise.resolve().then(() => handler(input))];
    }),
  ) as PromisedHandlers;
}
