import type { z } from 'zod';
import { annualReviewContract } from './annual-review-contract';
import { approvalContract } from './approval-contract';
import { customerContract } from './customer-contract';
import { exportContract } from './export-contract';
import { goalsContract } from './goals-contract';
import { libraryContract } from './library-contract';
import { outageContract } from './outage-contract';
import { preferencesContract } from './preferences-contract';
import { reportContract } from './report-contract';
import type { MethodSpec, MethodsOf } from './method-spec';
import type { MethodName } from './methods';
import type { Result } from './result';
import type { Language } from '../domain/printed-date';
import { setupContract } from './setup-contract';
import { trackingContract } from './tracking-contract';

/**
 * The one API contract, composed of the areas' slices (each declares exactly its methods). Both
 * transports, the preload and the renderer's client derive from it.
 */
export const contract = {
  ...setupContract,
  ...goalsContract,
  ...customerContract,
  ...approvalContract,
  ...exportContract,
  ...libraryContract,
  ...trackingContract,
  ...annualReviewContract,
  ...outageContract,
  ...reportContract,
  ...preferencesContract,
} as const satisfies Record<MethodName, MethodSpec>;

/** Whether a method's input carries a whole file, and so may be larger than other calls'. */
export function carriesFile(method: MethodName): boolean {
  const spec: MethodSpec = contract[method];
  return spec.body === 'file';
}

type Contract = typeof contract;
/** What a caller passes (before parsing). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing: trimmed, cleaned). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the renderer sees: every method, answering a Result. */
export type Api = {
  [M in MethodName]: undefined extends MethodInput<M>
    ? (input?: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * What main implements for one method: parsed input in, the output or a promise of it; may throw
 * an AppError (the dispatcher turns a throw or a rejection into a failed Result alike).
 */
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  context?: CallContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/**
 * What a handler may know of the window that asks: the language it shows, so an answer that
 * main words itself (a start-up notice, a restore preview) comes back in that language.
 */
export interface CallContext {
  readonly language: Language;
}

/** What main implements: every method. */
export type Handlers = { [M in MethodName]: Handler<M> };

/** One area's handlers: the slice of `Handlers` for the methods named `prefix:…`. */
export type AreaHandlers<Prefix extends string> = Pick<Handlers, MethodsOf<Prefix>>;
