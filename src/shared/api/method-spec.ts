import type { z } from 'zod';
import type { MethodName } from './methods';

/** One method of the contract: what it takes, what it answers, and how big its input may be. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /**
   * 'file' for a method whose input carries a whole file (a complaint log, a PDF to check):
   * browser mode allows it a larger request body than every other call gets.
   */
  body?: 'file';
}

/** The methods whose names start with `prefix:`, such as every `goals:` method. */
export type MethodsOf<Prefix extends string> = Extract<MethodName, `${Prefix}:${string}`>;

/** One area's slice of the contract: exactly its methods, no more, no fewer. */
export type AreaContract<Prefix extends string> = Record<MethodsOf<Prefix>, MethodSpec>;
