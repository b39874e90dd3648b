import { z } from 'zod';
import { scopeSchema } from '../domain/scope';
import { utilityProfileSchema } from '../domain/utility';
import { wizardStateSchema } from '../domain/wizard';
import { revSchema, versioned } from '../domain/workbook';
import type { MethodName } from './methods';
import type { Result } from './result';

const noInput = z.undefined({ error: 'This method takes no input.' });

/** Something the user should be told once, such as a restore from backup at start-up. */
export const noticeSchema = z.strictObject({
  level: z.enum(['info', 'warning']),
  message: z.string(),
});
export type Notice = z.output<typeof noticeSchema>;

export const appStatusSchema = z.strictObject({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['desktop', 'browser']),
  notices: z.array(noticeSchema),
});
export type AppStatus = z.output<typeof appStatusSchema>;

const utilityRecord = versioned(utilityProfileSchema);
const scopeRecord = versioned(scopeSchema);

interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/** The one API contract. Both transports, the preload and the renderer's client derive from it. */
export const contract = {
  /** Version, mode and start-up notices (for example which backup was restored). */
  'app:status': { input: noInput, output: appStatusSchema },
  /** Step 1: the utility, its board, operators and planning team. */
  'utility:get': { input: noInput, output: utilityRecord },
  /** Saves step 1 if `rev` is the stored revision; answers the new record. */
  'utility:save': {
    input: z.strictObject({ rev: revSchema, value: utilityProfileSchema }),
    output: utilityRecord,
  },
  /** Step 2: goal areas, mission and boundaries. */
  'scope:get': { input: noInput, output: scopeRecord },
  /** Saves step 2 if `rev` is the stored revision; answers the new record. */
  'scope:save': {
    input: z.strictObject({ rev: revSchema, value: scopeSchema }),
    output: scopeRecord,
  },
  /** Where the user is in the wizard, so the app reopens there. */
  'wizard:get': { input: noInput, output: wizardStateSchema },
  /** Remembers the step on screen; last write wins. */
  'wizard:setStep': { input: wizardStateSchema, output: wizardStateSchema },
} as const satisfies Record<MethodName, MethodSpec>;

type Contract = typeof contract;
/** What a caller passes (before parsing). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing: trimmed, cleaned). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** What the renderer sees: every method, answering a Result. */
export type Api = {
  [M in MethodName]: MethodInput<M> extends undefined
    ? () => Promise<Result<MethodOutput<M>>>
    : (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/** What main implements: every method, with parsed input; may throw an AppError. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};
