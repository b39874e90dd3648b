import { z } from 'zod';
import { scopeSchema } from '../domain/scope';
import { utilityProfileSchema } from '../domain/utility';
import { versioned, revSchema } from '../domain/versioned';
import { wizardStateSchema } from '../domain/wizard';
import type { AreaContract } from './method-spec';
import { noInput } from './no-input';
import { languageSchema } from './preferences-contract';

/** Something the user should be told once, such as a restore from backup at start-up. */
export const noticeSchema = z.strictObject({
  /** 'error' is for records that cannot be trusted: shown in red until the cause is gone. */
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type Notice = z.output<typeof noticeSchema>;

export const appStatusSchema = z.strictObject({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['desktop', 'browser']),
  notices: z.array(noticeSchema),
  /**
   * The utility this window works on (its folder's key), how many are kept here, and whether it
   * is a copy of the example utility (every screen then marks it).
   */
  utility: z.strictObject({
    key: z.string(),
    count: z.number().int().min(1),
    example: z.boolean(),
  }),
  /** The app's language, or null until someone chooses one: the page then follows the computer's. */
  language: languageSchema.nullable(),
});
export type AppStatus = z.output<typeof appStatusSchema>;

const utilityRecord = versioned(utilityProfileSchema);
const scopeRecord = versioned(scopeSchema);

/** Setting up: the app's status, steps 1 and 2, and where the user is in the wizard. */
export const setupContract = {
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
} as const satisfies AreaContract<'app' | 'utility' | 'scope' | 'wizard'>;
